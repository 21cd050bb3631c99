package com.helpdesk.tenantadmin;

import java.time.Instant;
import java.util.Objects;

/**
 * One published version of a tenant's terms as stored.
 *
 * @param document the terms as JSON; null where a listing leaves it out
 */
public record TermsRecord(int version, Instant effectiveFrom, String publishedBy, String document) {

    public TermsRecord {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(publishedBy, "publishedBy");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }
}
