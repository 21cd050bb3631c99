package com.helpdesk.tenantadmin;

import java.util.Objects;

/**
 * A number callers dial to reach a tenant (a DID). {@code number} is E.164 and unique across the
 * platform: the dialled number is how a call finds its tenant.
 */
public record Hotline(String number, String label) {

    public Hotline {
        Objects.requireNonNull(number, "number");
        if (!number.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("not an E.164 number: " + number);
        }
    }
}
