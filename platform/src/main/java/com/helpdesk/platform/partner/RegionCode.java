package com.helpdesk.platform.partner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Chinese administrative division code: province {@code xx0000}, city {@code xxyy00}, district
 * {@code xxyyzz} (110000 Beijing, 110105 its Chaoyang district). Only the code itself, its city
 * and its province can cover a region, which is what lets the lookup use the array index.
 */
record RegionCode(String value) {

    static final String FORMAT = "must be a six-digit administrative division code such as 110105";
    private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]{5}");

    RegionCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a six-digit administrative division code: " + value);
        }
    }

    static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** The codes that cover this region, most specific first, without repeats: 110105, 110100, 110000. */
    List<String> coveringCodes() {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        codes.add(value);
        codes.add(value.substring(0, 4) + "00");
        codes.add(value.substring(0, 2) + "0000");
        return List.copyOf(codes);
    }
}
