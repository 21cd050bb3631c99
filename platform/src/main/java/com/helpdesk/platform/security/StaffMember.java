package com.helpdesk.platform.security;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * The person behind a request, from a validated token. {@code tenant} is null only for staff
 * without an organization (platform admins); tenant-scoped work asks {@link #tenantId()}.
 */
public record StaffMember(UUID userId, String username, String displayName, String email, TenantProfile tenant,
        Set<Role> roles) {

    public StaffMember {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    /** The tenant whose data this request may touch; refuses staff without an active tenant. */
    public TenantId tenantId() {
        if (tenant == null) {
            throw new NoTenantException("This account belongs to no vendor organization.");
        }
        if (!tenant.active()) {
            throw new NoTenantException("The vendor '" + tenant.slug() + "' is suspended.");
        }
        return tenant.id();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether any of the roles is a staff role; a partner's person alone is not staff. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
