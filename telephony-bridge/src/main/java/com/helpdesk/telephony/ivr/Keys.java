package com.helpdesk.telephony.ivr;

/**
 * What the caller keyed after a prompt: digits, or nothing before the timeout. {@code raw} is
 * what Asterisk reported and is untrusted until a question checked it.
 */
record Keys(String raw) {

    static Keys silence() {
        return new Keys("");
    }

    boolean silent() {
        return raw.isEmpty();
    }

    /** Only the digits 0-9, between {@code min} and {@code max} of them. */
    boolean digits(int min, int max) {
        return raw.length() >= min && raw.length() <= max && raw.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
