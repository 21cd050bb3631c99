package com.helpdesk.tenantadmin;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** A vendor with what the platform needs to serve it: its zone, language and hotline numbers. */
public record TenantProfile(TenantId id, String slug, String name, ZoneId timeZone, String locale,
        TenantStatus status, List<Hotline> hotlines) {

    public TenantProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(status, "status");
        hotlines = List.copyOf(hotlines);
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
