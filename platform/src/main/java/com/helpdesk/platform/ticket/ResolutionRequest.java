package com.helpdesk.platform.ticket;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.warranty.Money;

/**
 * The repair list (维修清单) an engineer or agent records when the fault is fixed: cause, fix, the
 * parts used with their cost, the labour, the customer's signature, and for a severe fault the
 * analysis report. Boxed and plain fields, so that every problem is reported by field rather than
 * as an unreadable body; the ticket-dependent rules (components, consent, report) are checked
 * by {@link TicketResolutions} against the ticket.
 *
 * @param version the ticket's version the client read; a stale one is refused with 409
 * @param consent the customer agreed to the vendor's out-of-warranty fee schedule
 * @param faultCode the vendor's code for the fault (e.g. {@code E04} or {@code no-display}); repairs of a
 *                  device with the same code count towards the repeated-failure rules. Optional: a
 *                  repair without one counts towards none.
 */
record ResolutionRequest(Integer version, String cause, String fix, List<PartLine> parts, Integer labourMinutes,
        SignOff signOff, String analysisReport, Boolean consent, String faultCode) {

    // Lengths as V5's checks on ticket_resolutions; the rest bound the charge so it fits in cents.
    static final int MAX_TEXT = 4000;
    static final int MAX_REPORT = 20_000;
    static final int MAX_NAME = 200;
    static final int MAX_FAULT_CODE = 64;
    static final int MAX_PART_NUMBER = 100;
    static final int MAX_PARTS = 100;
    static final int MAX_QUANTITY = 10_000;
    static final int MAX_LABOUR_MINUTES = 7 * 24 * 60;
    static final BigDecimal MAX_UNIT_COST = new BigDecimal("100000000");
    /** An engineer's phone may run a little ahead of the server; a signature minutes "ahead" is not forged. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    record PartLine(String partNumber, String name, Integer quantity, Cost unitCost, String component) {
    }

    record Cost(BigDecimal amount, String currency) {
    }

    record SignOff(String name, Instant at) {
    }

    /** Checks every field that needs no ticket; {@code now} dates a sign-off without a time. */
    Checked check(Violations violations, Instant now) {
        if (version == null) {
            violations.add("version", "is required: the version of the ticket you read");
        }
        String checkedCause = text(violations, "cause", cause, MAX_TEXT, true);
        String checkedFix = text(violations, "fix", fix, MAX_TEXT, true);
        String report = text(violations, "analysisReport", analysisReport, MAX_REPORT, false);
        if (labourMinutes != null && (labourMinutes < 0 || labourMinutes > MAX_LABOUR_MINUTES)) {
            violations.add("labourMinutes", "must be between 0 and " + MAX_LABOUR_MINUTES);
        }
        String code = faultCode(line(violations, "faultCode", faultCode, MAX_FAULT_CODE, false));
        return new Checked(version == null ? 0 : version, checkedCause, checkedFix, parts(violations), labourMinutes,
                signOff(violations.at("signOff"), now), report, Boolean.TRUE.equals(consent), code);
    }

    /** "E04", " e04 " and "e04" are one fault: codes are compared in lower case with single spaces. */
    static String faultCode(String code) {
        return code.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private List<UsedPart> parts(Violations violations) {
        List<UsedPart> checked = new ArrayList<>();
        if (parts == null) {
            return checked;
        }
        if (parts.size() > MAX_PARTS) {
            violations.add("parts", "must list at most " + MAX_PARTS + " parts");
            return checked;
        }
        for (int i = 0; i < parts.size(); i++) {
            Violations at = violations.at("parts", i);
            PartLine line = parts.get(i);
            if (line == null) {
                at.add("is required");
                continue;
            }
            String number = line(at, "partNumber", line.partNumber(), MAX_PART_NUMBER, true);
            String name = line(at, "name", line.name(), MAX_NAME, true);
            String component = line(at, "component", line.component(), MAX_NAME, false);
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                at.add("quantity", "must be between 1 and " + MAX_QUANTITY);
            }
            Money cost = cost(at.at("unitCost"), line.unitCost());
            checked.add(new UsedPart(number, name, line.quantity() == null ? 0 : line.quantity(), cost, component));
        }
        return checked;
    }

    private static Money cost(Violations at, Cost cost) {
        if (cost == null) {
            at.add("is required: the part's cost price, e.g. {\"amount\": \"150.00\", \"currency\": \"CNY\"}");
            return null;
        }
        boolean valid = true;
        if (cost.amount() == null || cost.amount().signum() < 0 || cost.amount().compareTo(MAX_UNIT_COST) > 0) {
            at.add("amount", "must be between 0 and " + MAX_UNIT_COST.toPlainString());
            valid = false;
        }
        else if (cost.amount().stripTrailingZeros().scale() > 2) {
            at.add("amount", "must have at most two decimals");
            valid = false;
        }
        Currency currency = currency(cost.currency());
        if (currency == null) {
            at.add("currency", "must be an ISO 4217 code such as CNY");
            valid = false;
        }
        return valid ? new Money(cost.amount(), currency) : null;
    }

    private static Currency currency(String code) {
        if (code == null || !CURRENCY.matcher(code).matches()) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private CheckedSignOff signOff(Violations at, Instant now) {
        if (signOff == null) {
            return null;
        }
        String name = line(at, "name", signOff.name(), MAX_NAME, true);
        Instant signedAt = signOff.at() == null ? now : signOff.at();
        if (signedAt.isAfter(now.plus(CLOCK_SKEW))) {
            at.add("at", "must not be in the future");
        }
        return new CheckedSignOff(name, signedAt);
    }

    /** Free text over several lines: line breaks and tabs are fine, other control characters are not. */
    private static String text(Violations violations, String field, String value, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                violations.add(field, "is required");
            }
            return stripped;
        }
        if (stripped.length() > max) {
            violations.add(field, "must be at most " + max + " characters");
        }
        else if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(field, "must not contain control characters");
        }
        return stripped;
    }

    /** A single line such as a part number or a name. */
    private static String line(Violations violations, String field, String value, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                violations.add(field, "is required");
            }
            return stripped;
        }
        if (stripped.length() > max) {
            violations.add(field, "must be at most " + max + " characters");
        }
        else if (stripped.chars().anyMatch(Character::isISOControl)) {
            violations.add(field, "must be one line without control characters");
        }
        return stripped;
    }

    /** A part as checked; {@code unitCost} is null only when the request was refused. */
    record UsedPart(String partNumber, String name, int quantity, Money unitCost, String component) {
    }

    record CheckedSignOff(String name, Instant at) {
    }

    /** The request with every field checked; only meaningful when no violation was recorded. */
    record Checked(int version, String cause, String fix, List<UsedPart> parts, Integer labourMinutes,
            CheckedSignOff signOff, String analysisReport, boolean consent, String faultCode) {
    }
}
