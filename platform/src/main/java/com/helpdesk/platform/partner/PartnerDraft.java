package com.helpdesk.platform.partner;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.tenantadmin.Violations;

/**
 * A partner as submitted. {@code acceptWithin} is ISO-8601 text ({@code PT2H}) and read here, so
 * that a bad value is a field message rather than an unreadable body. Whatever else the body
 * carries (an id, a tenant, {@code active}) is not part of this record and so is never used.
 */
record PartnerDraft(String name, List<String> regionCodes, String acceptWithin, List<String> usernames, String phone) {

    static final int MAX_NAME = 200;
    static final int MAX_REGION_CODES = 200;
    static final int MAX_USERNAMES = 50;
    static final Duration MIN_ACCEPT_WITHIN = Duration.ofMinutes(5);
    static final Duration MAX_ACCEPT_WITHIN = Duration.ofDays(30);
    private static final int MAX_DURATION_TEXT = 32;
    // Keycloak keeps usernames in lower case; 255 is its column size.
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{0,254}");

    PartnerDraft {
        regionCodes = regionCodes == null ? List.of() : new ArrayList<>(regionCodes);
        usernames = usernames == null ? List.of() : new ArrayList<>(usernames);
    }

    /** The checked fields; null after every problem was recorded at {@code at}. */
    PartnerFields checked(Violations at, PhoneNumbers numbers) {
        checkName(at);
        List<String> codes = regionCodes(at);
        Duration within = acceptWithin(at);
        List<String> people = usernames(at);
        String e164 = phone == null || phone.isBlank() ? null : numbers.toE164(phone, at.at("phone")).orElse(null);
        return at.isEmpty() ? new PartnerFields(name, codes, within, people, e164) : null;
    }

    private void checkName(Violations at) {
        if (name == null || name.isBlank()) {
            at.add("name", "is required");
        } else if (name.length() > MAX_NAME) {
            at.add("name", "must be at most " + MAX_NAME + " characters long, was " + name.length());
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            at.add("name", "must not contain control characters");
        }
    }

    private List<String> regionCodes(Violations at) {
        if (regionCodes.isEmpty()) {
            at.add("regionCodes", "list at least one region code the partner covers");
        } else if (regionCodes.size() > MAX_REGION_CODES) {
            at.add("regionCodes", "at most " + MAX_REGION_CODES + " codes");
        }
        return unique(at, "regionCodes", regionCodes, MAX_REGION_CODES,
                code -> RegionCode.isValid(code) ? null : RegionCode.FORMAT);
    }

    private List<String> usernames(Violations at) {
        if (usernames.size() > MAX_USERNAMES) {
            at.add("usernames", "at most " + MAX_USERNAMES + " people");
        }
        List<String> lowerCase = usernames.stream()
            .map(u -> u == null ? null : u.toLowerCase(Locale.ROOT))
            .toList();
        return unique(at, "usernames", lowerCase, MAX_USERNAMES, username -> USERNAME.matcher(username).matches()
                ? null : "must be a Keycloak username: letters, digits and . _ @ + -");
    }

    private Duration acceptWithin(Violations at) {
        if (acceptWithin == null || acceptWithin.isBlank()) {
            at.add("acceptWithin", "is required");
            return null;
        }
        Duration within;
        try {
            within = acceptWithin.length() > MAX_DURATION_TEXT ? null : Duration.parse(acceptWithin);
        }
        catch (DateTimeParseException | ArithmeticException e) {
            within = null;
        }
        if (within == null) {
            at.add("acceptWithin", "must be an ISO-8601 duration such as PT2H");
        } else if (within.compareTo(MIN_ACCEPT_WITHIN) < 0 || within.compareTo(MAX_ACCEPT_WITHIN) > 0) {
            at.add("acceptWithin", "must be between " + MIN_ACCEPT_WITHIN + " and " + MAX_ACCEPT_WITHIN
                    + ", was " + within);
        }
        return within;
    }

    /** The first {@code max} values without a {@code problem} (null: none), each once; repeats are reported. */
    private static List<String> unique(Violations at, String field, List<String> values, int max,
            Function<String, String> problem) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < values.size() && i < max; i++) {
            String value = values.get(i);
            String wrong = value == null ? "is required" : problem.apply(value);
            int earlier = value == null ? -1 : values.subList(0, i).indexOf(value);
            if (wrong != null) {
                at.at(field, i).add(wrong);
            } else if (earlier >= 0) {
                at.at(field, i).add("duplicates " + field + "[" + earlier + "]");
            } else {
                kept.add(value);
            }
        }
        return kept;
    }
}
