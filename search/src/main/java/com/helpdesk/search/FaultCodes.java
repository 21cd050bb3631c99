package com.helpdesk.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fault and error codes in a text: a few letters with digits ({@code E4}, {@code F2}, {@code 7B},
 * {@code P0A80}), as panels and blue screens show them. Model names also mix letters and digits
 * but are longer and hyphenated, and they are left to the model fields.
 */
final class FaultCodes {

    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{Nd}-])(?:\\p{IsLatin}{1,2}\\d{1,4}|\\d{1,3}\\p{IsLatin}{1,2})(?![\\p{IsLatin}\\p{Nd}-])");

    private FaultCodes() {
    }

    static List<String> of(String text) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group().toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(codes);
    }
}
