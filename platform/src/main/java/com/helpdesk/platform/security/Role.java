package com.helpdesk.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The realm roles the platform acts on; any other role in a token is ignored. */
public enum Role {
    AGENT("agent"), SUPERVISOR("supervisor"), TENANT_ADMIN("tenant-admin"), PLATFORM_ADMIN("platform-admin");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
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
