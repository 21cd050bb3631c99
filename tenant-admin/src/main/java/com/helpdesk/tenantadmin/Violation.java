package com.helpdesk.tenantadmin;

import java.util.Objects;

/**
 * One broken rule in submitted terms.
 *
 * @param field   path of the offending value, e.g. {@code levels[1].targets.onSite.home-city}; empty for the value itself
 * @param message what is wrong, for a human
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
