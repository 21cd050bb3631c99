package com.helpdesk.platform.customer;

import com.helpdesk.tenantadmin.Violations;

/** Someone to talk to about the customer's service: name, role ("facilities manager"), phone, e-mail. */
record ContactDraft(String name, String role, String phone, String email) {

    static final int MAX_NAME = 200;
    static final int MAX_ROLE = 100;
    static final int MAX_EMAIL = 254;

    /** The contact with the phone in E.164; every problem is recorded at {@code at}. */
    ContactDraft checked(Violations at, PhoneNumbers numbers) {
        TextFields.required(at, "name", name, MAX_NAME);
        TextFields.optional(at, "role", role, MAX_ROLE, false);
        String e164 = phone == null || phone.isBlank() ? null : numbers.toE164(phone, at.at("phone")).orElse(null);
        if (email != null && !email.isBlank() && TextFields.optional(at, "email", email, MAX_EMAIL, false)
                && !looksLikeAnAddress(email)) {
            at.add("email", "is not an e-mail address");
        }
        return new ContactDraft(name, TextFields.orEmpty(role), e164,
                email == null || email.isBlank() ? null : email.strip());
    }

    /** Deliverability is the mail server's to judge; this only catches what is plainly something else. */
    private static boolean looksLikeAnAddress(String email) {
        int at = email.strip().indexOf('@');
        return at > 0 && at == email.strip().lastIndexOf('@') && at < email.strip().length() - 1
                && email.strip().chars().noneMatch(Character::isWhitespace);
    }
}
