package com.helpdesk.platform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.helpdesk.platform.HelpdeskProperties;
import com.helpdesk.tenantadmin.OrganizationRegistry;
import com.helpdesk.tenantadmin.Violations;

/**
 * Tenants as Keycloak organizations, through Keycloak's admin REST API with the platform's own
 * service account (client credentials). Its token is reused until shortly before it expires.
 */
@Component
class KeycloakOrganizations implements OrganizationRegistry {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final HelpdeskProperties.Keycloak keycloak;
    private final RestClient http;
    private volatile ServiceToken token;

    KeycloakOrganizations(HelpdeskProperties properties) {
        this.keycloak = properties.keycloak();
        this.http = RestClient.builder().baseUrl(keycloak.baseUrl()).build();
    }

    @Override
    public void ensureOrganization(String alias, String name) {
        if (find(alias) != null) {
            return;
        }
        try {
            http.post()
                .uri("/admin/realms/{realm}/organizations", keycloak.realm())
                .header("Authorization", bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "alias", alias, "enabled", true,
                        "domains", List.of(Map.of("name", alias + ".tenant.invalid"))))
                .retrieve()
                .toBodilessEntity();
        }
        catch (HttpClientErrorException.Conflict e) {
            // Keycloak keeps organization names unique too.
            Violations violations = Violations.collect();
            violations.add("name", "is already the name of another vendor's organization");
            violations.throwIfAny();
        }
    }

    @Override
    public void setEnabled(String alias, boolean enabled) {
        Organization organization = find(alias);
        if (organization == null) {
            throw new IllegalStateException("Keycloak has no organization '" + alias + "'");
        }
        Map<String, Object> changed = new java.util.HashMap<>(organization.representation());
        changed.put("enabled", enabled);
        http.put()
            .uri("/admin/realms/{realm}/organizations/{id}", keycloak.realm(), organization.id())
            .header("Authorization", bearer())
            .contentType(MediaType.APPLICATION_JSON)
            .body(changed)
            .retrieve()
            .toBodilessEntity();
    }

    private Organization find(String alias) {
        List<Map<String, Object>> found = http.get()
            // Keycloak searches names and domains, not aliases: search broadly, then match the alias exactly.
            .uri("/admin/realms/{realm}/organizations?search={alias}&max=1000", keycloak.realm(), alias)
            .header("Authorization", bearer())
            .retrieve()
            .body(new org.springframework.core.ParameterizedTypeReference<>() {
            });
        return found == null ? null : found.stream()
            .filter(o -> alias.equals(o.get("alias")))
            .findFirst()
            .map(o -> new Organization(String.valueOf(o.get("id")), o))
            .orElse(null);
    }

    private String bearer() {
        ServiceToken current = token;
        if (current == null || current.renewAt().isBefore(Instant.now())) {
            current = fetchToken();
            token = current;
        }
        return "Bearer " + current.value();
    }

    private ServiceToken fetchToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", keycloak.clientId());
        form.add("client_secret", keycloak.clientSecret());
        Map<String, Object> answer = http.post()
            .uri("/realms/{realm}/protocol/openid-connect/token", keycloak.realm())
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .body(new org.springframework.core.ParameterizedTypeReference<>() {
            });
        long expiresIn = ((Number) answer.get("expires_in")).longValue();
        return new ServiceToken((String) answer.get("access_token"),
                Instant.now().plusSeconds(expiresIn).minus(RENEW_BEFORE_EXPIRY));
    }

    private record ServiceToken(String value, Instant renewAt) {
    }

    private record Organization(String id, Map<String, Object> representation) {
    }
}
