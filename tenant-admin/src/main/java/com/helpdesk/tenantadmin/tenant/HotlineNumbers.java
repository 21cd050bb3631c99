package com.helpdesk.tenantadmin.tenant;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import com.helpdesk.tenantadmin.Violations;

/**
 * Reads hotline numbers the way vendors write them ({@code 400-810-8888}, {@code 010 6688 1234},
 * {@code +86 21 5555 0000}) and keeps them as E.164. Numbers without a country code are read as
 * Chinese, the home of the demo vendors.
 */
final class HotlineNumbers {

    static final String DEFAULT_REGION = "CN";
    private static final int MAX_INPUT = 32;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private HotlineNumbers() {
    }

    /** The E.164 form, or empty after recording why the input is not a dialable number. */
    static Optional<String> toE164(String raw, Violations at) {
        if (raw == null || raw.isBlank()) {
            at.add("is required");
            return Optional.empty();
        }
        if (raw.length() > MAX_INPUT || raw.chars().anyMatch(Character::isISOControl)) {
            at.add("is not a phone number");
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(raw, DEFAULT_REGION);
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
