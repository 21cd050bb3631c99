package com.helpdesk.tenantadmin;

import java.util.List;
import java.util.Optional;

/** Where tenants and their hotline numbers are kept; implemented by the platform. */
public interface TenantStore {

    /** Stores a new tenant with its hotlines in one transaction. */
    void create(TenantProfile tenant);

    List<TenantProfile> list();

    Optional<TenantProfile> findBySlug(String slug);

    Optional<TenantProfile> find(TenantId id);

    void update(TenantProfile tenant);

    /** The tenant that owns a number, if any: numbers are unique across the platform. */
    Optional<TenantId> ownerOf(String number);

    void addHotline(TenantId tenant, Hotline hotline);

    /** Answers false when the tenant had no such number. */
    boolean removeHotline(TenantId tenant, String number);
}
