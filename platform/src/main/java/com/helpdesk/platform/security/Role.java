package com.helpdesk.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The realm roles the platform acts on; any other role in a token is ignored. {@link #PARTNER} is
 * a person of a service partner (服务网点), not staff: the vendor's desk, customers and staff
 * directory stay closed to it.
 */
public enum Role {
    AGENT("agent", true), SUPERVISOR("supervisor", true), TENANT_ADMIN("tenant-admin", true),
    PLATFORM_ADMIN("platform-admin", true), PARTNER("partner", false);

    private final String claimValue;
    private final boolean staff;

    Role(String claimValue, boolean staff) {
        this.claimValue = claimValue;
        this.staff = staff;
    }

    public String claimValue() {
        return claimValue;
    }

    /** Whether the role belongs to the vendor's or the platform's own people. */
    public boolean isStaff() {
        return staff;
    }

    /** The claim values of the staff roles, for route rules. */
    static String[] staffClaimValues() {
        return Arrays.stream(values()).filter(Role::isStaff).map(Role::claimValue).toArray(String[]::new);
    }

    SimpleGrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + claimValue);
    }

    static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }

    static Set<Role> fromClaims(Collection<String> values) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        values.forEach(v -> fromClaim(v).ifPresent(roles::add));
        return roles;
    }
}
