package com.helpdesk.platform.customer;

import java.util.regex.Pattern;

import com.helpdesk.tenantadmin.Violations;

/**
 * An address: the Chinese administrative division code that places it in a service region
 * (110105 = Beijing, Chaoyang) and the rest as free text.
 */
record AddressDraft(String regionCode, String text) {

    static final int MAX_TEXT = 500;
    private static final Pattern REGION_CODE = Pattern.compile("[1-9][0-9]{5}");

    void check(Violations at) {
        if (regionCode == null || !REGION_CODE.matcher(regionCode).matches()) {
            at.add("regionCode", "must be a six-digit administrative division code such as 110105");
        }
        TextFields.optional(at, "text", text, MAX_TEXT, true);
    }
}
