package com.helpdesk.platform.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.HelpdeskProperties;

/**
 * Tokens are validated with Keycloak's published keys: if its discovery document cannot be read,
 * new signing keys cannot be fetched and logins fail.
 */
@Component
class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    KeycloakHealthIndicator(HelpdeskProperties properties) {
        super("Keycloak is not reachable");
        String issuer = properties.keycloak().issuer().toString();
        this.discovery = URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        (response.statusCode() == 200 ? builder.up() : builder.down())
            .withDetail("issuer", discovery.toString().replace("/.well-known/openid-configuration", ""))
            .withDetail("status", response.statusCode());
    }
}
