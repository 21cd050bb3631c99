package com.helpdesk.platform.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;

/**
 * Finds tenants by the organization alias carried in tokens. Consulted on every authenticated
 * request, so answers are kept for a short while: a change made on this node is seen at once,
 * one made on another node within {@link #KEEP_FOR}.
 */
@Component
public class TenantDirectory {

    private static final Duration KEEP_FOR = Duration.ofSeconds(30);

    private final TenantStore store;
    private final Map<String, Cached> bySlug = new ConcurrentHashMap<>();
    private final Map<String, Cached> byHotline = new ConcurrentHashMap<>();

    TenantDirectory(TenantStore store) {
        this.store = store;
    }

    public Optional<TenantProfile> findBySlug(String slug) {
        Instant now = Instant.now();
        Cached cached = bySlug.get(slug);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.tenant();
        }
        Optional<TenantProfile> tenant = store.findBySlug(slug);
        bySlug.put(slug, new Cached(tenant, now.plus(KEEP_FOR)));
        return tenant;
    }

    /** The tenant whose hotline this dialled number (E.164) is: a call's DID selects its tenant. */
    public Optional<TenantProfile> findByHotline(String number) {
        Instant now = Instant.now();
        Cached cached = byHotline.get(number);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.tenant();
        }
        Optional<TenantProfile> tenant = store.ownerOf(number).flatMap(store::find);
        byHotline.put(number, new Cached(tenant, now.plus(KEEP_FOR)));
        return tenant;
    }

    @EventListener
    void forget(TenantChanged change) {
        bySlug.remove(change.slug());
        byHotline.clear(); // hotlines move rarely; forgetting all of them is simpler than tracking whose they were
    }

    private record Cached(Optional<TenantProfile> tenant, Instant until) {
    }
}
