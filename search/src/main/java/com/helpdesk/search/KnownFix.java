package com.helpdesk.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A resolved fault report as the search indexes it: what the customer reported, what the engineer
 * found and what fixed it.
 *
 * @param tenantId    the owning tenant; every query of the module is bound to one
 * @param id          unique within the tenant, e.g. {@code ticket-<uuid>}
 * @param productLine the tenant's product line, e.g. {@code laptop}; empty when unknown
 * @param model       the product model, e.g. {@code KL-X14 Pro}; empty when unknown
 * @param title       a short heading; may be empty
 * @param symptom     the fault as the customer described it
 * @param parts       names of the parts replaced or used
 * @param severity    1 (severe) to 4 (not a fault)
 */
public record KnownFix(String tenantId, String id, String productLine, String model, String title, String symptom,
        String cause, String fix, List<String> parts, int severity, Instant resolvedAt) {

    public KnownFix {
        requireText(tenantId, "tenantId");
        requireText(id, "id");
        productLine = Objects.requireNonNullElse(productLine, "").strip();
        model = Objects.requireNonNullElse(model, "").strip();
        title = Objects.requireNonNullElse(title, "").strip();
        symptom = Objects.requireNonNullElse(symptom, "").strip();
        cause = Objects.requireNonNullElse(cause, "").strip();
        fix = Objects.requireNonNullElse(fix, "").strip();
        parts = parts == null ? List.of() : List.copyOf(parts);
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        if (symptom.isEmpty() && cause.isEmpty() && fix.isEmpty()) {
            throw new IllegalArgumentException("A known fix needs a symptom, a cause or a fix: " + id);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
