package com.helpdesk.platform.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Finds tenants by the organization alias carried in tokens. Consulted on every authenticated
 * request, so answers are kept for a short while; a suspended tenant is noticed within that time.
 */
@Component
public class TenantDirectory {

    private static final Duration KEEP_FOR = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Map<String, Cached> bySlug = new ConcurrentHashMap<>();

    TenantDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Tenant> findBySlug(String slug) {
        Instant now = Instant.now();
        Cached cached = bySlug.get(slug);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.tenant();
        }
        Optional<Tenant> tenant = load(slug);
        bySlug.put(slug, new Cached(tenant, now.plus(KEEP_FOR)));
        return tenant;
    }

    /** Drops what is known of a tenant, after its row changed on this node. */
    void forget(String slug) {
        bySlug.remove(slug);
    }

    /** The tenants table is platform-level (no row-level security): it is read before a tenant is known. */
    private Optional<Tenant> load(String slug) {
        return jdbc.sql("""
                select id, slug, name, time_zone, locale, status
                  from tenants where slug = :slug""")
            .param("slug", slug)
            .query((rs, i) -> new Tenant(new TenantId(rs.getObject("id", UUID.class)), rs.getString("slug"),
                    rs.getString("name"), ZoneId.of(rs.getString("time_zone")), rs.getString("locale"),
                    "active".equals(rs.getString("status"))))
            .optional();
    }

    private record Cached(Optional<Tenant> tenant, Instant until) {
    }
}
