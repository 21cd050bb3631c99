package com.helpdesk.tenantadmin;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as people write them ({@code 400-810-8888}, {@code 138 0013 8000},
 * {@code +86 21 5555 0000}) to E.164, the one form they are stored and compared in. Hotlines and
 * customers' numbers both go through here.
 */
public final class PhoneNumberFormat {

    /** Longer input is no phone number; refusing it early keeps the parser out of hostile input. */
    static final int MAX_INPUT = 32;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumberFormat() {
    }

    /**
     * The E.164 form, or empty after recording at {@code at} why the input is not a valid number.
     * Numbers without a country code are read in {@code region} (ISO 3166 code such as CN).
     */
    public static Optional<String> toE164(String raw, String region, Violations at) {
        if (raw == null || raw.isBlank()) {
            at.add("is required");
            return Optional.empty();
        }
        if (raw.length() > MAX_INPUT || raw.chars().anyMatch(Character::isISOControl)) {
            at.add("is not a phone number");
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(raw, region);
            if (!PHONES.isValidNumber(number)) {
                at.add("is not a valid phone number");
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        }
        catch (NumberParseException e) {
            at.add("is not a phone number");
            return Optional.empty();
        }
    }
}
