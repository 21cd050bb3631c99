package com.helpdesk.tenantadmin;

/**
 * Who calls the admin API, as the platform authenticated them. A tenant admin acts on their own
 * tenant only; a platform admin has no tenant of their own and names the tenant in the path.
 *
 * @param tenant        the caller's own tenant, or null for staff without one
 * @param actor         the user name, for the audit trail
 * @param tenantAdmin   holds the tenant-admin role
 * @param platformAdmin holds the platform-admin role
 */
public record AdminCaller(TenantId tenant, String actor, boolean tenantAdmin, boolean platformAdmin) {

    /** The tenant a tenant admin administers; refuses anyone else. */
    public TenantId ownTenant() {
        if (!tenantAdmin || tenant == null) {
            throw new NotPermittedException("Only a vendor's admin may change the vendor's settings.");
        }
        return tenant;
    }

    /** The caller's tenant for reading what any of its staff may see, such as the terms in force. */
    public TenantId memberTenant() {
        if (tenant == null) {
            throw new NotPermittedException("This account belongs to no vendor organization.");
        }
        return tenant;
    }

    public void requirePlatformAdmin() {
        if (!platformAdmin) {
            throw new NotPermittedException("Only a platform admin may manage vendors.");
        }
    }
}
