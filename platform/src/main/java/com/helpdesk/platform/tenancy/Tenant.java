package com.helpdesk.platform.tenancy;

import java.time.ZoneId;
import java.util.Objects;

import com.helpdesk.tenantadmin.TenantId;

/**
 * A vendor as the platform knows it at request time. {@code slug} equals the alias of the tenant's
 * Keycloak organization, which is how a token names its tenant.
 */
public record Tenant(TenantId id, String slug, String name, ZoneId timeZone, String locale, boolean active) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(locale, "locale");
    }
}
