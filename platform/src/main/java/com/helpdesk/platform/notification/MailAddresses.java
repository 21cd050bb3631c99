package com.helpdesk.platform.notification;

import java.util.regex.Pattern;

import com.helpdesk.tenantadmin.Violations;

/** A plausible single address: one @, no spaces or line breaks (nothing that could add a header). */
public final class MailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"]{1,64}@[^@\\s,;<>\"]{1,189}\\.[^@\\s,;<>\".]{2,}");

    private MailAddresses() {
    }

    /** Adds a violation for {@code field} unless the address looks deliverable; answers it stripped. */
    public static String check(String address, String field, Violations violations) {
        String stripped = address == null ? "" : address.strip();
        if (stripped.length() > 254 || !ADDRESS.matcher(stripped).matches()) {
            violations.add(field, "must be one e-mail address such as name@example.com");
        }
        return stripped;
    }
}
