package com.helpdesk.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.platform.tenancy.TenantDirectory;

/**
 * Turns a token that Spring Security has already validated (signature, issuer, audience, expiry)
 * into a {@link StaffMember}. The tenant comes from the {@code organization} claim and nowhere
 * else: Keycloak 26 writes it as a list of organization aliases, or as an object keyed by alias
 * when the mapper is set to add organization details.
 */
@Component
class StaffTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ORGANIZATION_CLAIM = "organization";

    private final TenantDirectory tenants;

    StaffTokenConverter(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        StaffMember member = new StaffMember(subject(jwt), username(jwt), jwt.getClaimAsString("name"),
                jwt.getClaimAsString("email"), tenant(jwt), Role.fromClaims(realmRoles(jwt)));
        return new StaffAuthentication(member, jwt);
    }

    private static UUID subject(Jwt jwt) {
        try {
            return UUID.fromString(jwt.getSubject());
        }
        catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("The token's subject is not a user id.");
        }
    }

    private static String username(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        return username != null ? username : jwt.getSubject();
    }

    private TenantProfile tenant(Jwt jwt) {
        List<String> aliases = organizationAliases(jwt.getClaims().get(ORGANIZATION_CLAIM));
        if (aliases.isEmpty()) {
            return null;
        }
        if (aliases.size() > 1) {
            throw new InvalidBearerTokenException("The token names more than one organization.");
        }
        return tenants.findBySlug(aliases.getFirst())
            .orElseThrow(() -> new InvalidBearerTokenException("The token's organization is not a tenant."));
    }

    private static List<String> organizationAliases(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static Collection<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
