package com.helpdesk.platform.customer;

import java.util.Locale;
import java.util.Optional;

import com.helpdesk.tenantadmin.PhoneNumberFormat;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;

/**
 * Customers' numbers as people write them ({@code 138 0013 8000}, {@code 010-6688-1234},
 * {@code +86 21 5555 0000}), kept as E.164 so that a caller is found whatever the format.
 * Numbers without a country code are read in the region of the tenant's locale, China when the
 * locale names none (the tenants' locales are {@code zh-CN} and {@code en}).
 */
public final class PhoneNumbers {

    static final String DEFAULT_REGION = "CN";

    private final String region;

    PhoneNumbers(String region) {
        this.region = region;
    }

    public static PhoneNumbers of(TenantProfile tenant) {
        String country = tenant == null ? "" : Locale.forLanguageTag(tenant.locale()).getCountry();
        return new PhoneNumbers(country.isEmpty() ? DEFAULT_REGION : country);
    }

    /** The E.164 form, or empty after recording at {@code at} why the input is not a number. */
    public Optional<String> toE164(String raw, Violations at) {
        return PhoneNumberFormat.toE164(raw, region, at);
    }
}
