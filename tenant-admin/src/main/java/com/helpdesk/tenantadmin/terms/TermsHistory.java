package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.Violations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of one tenant's terms, oldest first. A ticket is measured against the
 * version in force when it was reported, so a later change never moves an existing deadline.
 */
public record TermsHistory(List<ServiceTerms> versions) {

    public TermsHistory {
        versions = versions == null ? List.of() : versions.stream().toList();
        Violations violations = Violations.collect();
        for (int i = 0; i < versions.size(); i++) {
            check(violations.at("versions", i), versions.get(i), i == 0 ? null : versions.get(i - 1));
        }
        violations.throwIfAny();
    }

    /** The version in force at {@code instant}: the last one effective at or before it. */
    public Optional<ServiceTerms> inForceAt(Instant instant) {
        ServiceTerms found = null;
        for (ServiceTerms terms : versions) {
            if (!terms.effectiveFrom().isAfter(instant)) {
                found = terms;
            }
        }
        return Optional.ofNullable(found);
    }

    private static void check(Violations at, ServiceTerms terms, ServiceTerms previous) {
        if (!at.require("", terms)) {
            return;
        }
        if (terms.version() == null) {
            at.add("version", "only published terms have a history");
            return;
        }
        if (previous == null || previous.version() == null) {
            return;
        }
        if (!terms.tenant().equals(previous.tenant())) {
            at.add("tenant", "all versions belong to one tenant (" + previous.tenant() + ")");
        }
        if (terms.version() <= previous.version()) {
            at.add("version", "versions increase: %d follows %d".formatted(terms.version(), previous.version()));
        }
        if (!terms.effectiveFrom().isAfter(previous.effectiveFrom())) {
            at.add("effectiveFrom", "takes effect after the previous version (" + previous.effectiveFrom() + ")");
        }
    }
}
