package com.helpdesk.platform.customer;

import com.helpdesk.tenantadmin.Violations;

/** A phone number as typed, with an optional label ("mobile", "office"). */
record PhoneDraft(String number, String label) {

    static final int MAX_LABEL = 50;

    /** The number in E.164 with the label checked; null after recording what is wrong. */
    PhoneDraft checked(Violations at, PhoneNumbers numbers) {
        boolean labelOk = TextFields.optional(at, "label", label, MAX_LABEL, false);
        String e164 = numbers.toE164(number, at.at("number")).orElse(null);
        return e164 != null && labelOk ? new PhoneDraft(e164, TextFields.orEmpty(label)) : null;
    }
}
