package com.helpdesk.tenantadmin.tenant;

import java.util.Optional;

import com.helpdesk.tenantadmin.PhoneNumberFormat;
import com.helpdesk.tenantadmin.Violations;

/**
 * Reads hotline numbers the way vendors write them ({@code 400-810-8888}, {@code 010 6688 1234},
 * {@code +86 21 5555 0000}) and keeps them as E.164. Numbers without a country code are read as
 * Chinese, the home of the demo vendors.
 */
final class HotlineNumbers {

    static final String DEFAULT_REGION = "CN";

    private HotlineNumbers() {
    }

    /** The E.164 form, or empty after recording why the input is not a dialable number. */
    static Optional<String> toE164(String raw, Violations at) {
        return PhoneNumberFormat.toE164(raw, DEFAULT_REGION, at);
    }
}
