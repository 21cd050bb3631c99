package com.helpdesk.platform;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the platform finds the services it depends on besides PostgreSQL (which Spring's own
 * datasource properties describe).
 */
@Validated
@ConfigurationProperties("helpdesk")
public record HelpdeskProperties(@Valid @NotNull Redis redis, @Valid @NotNull Elasticsearch elasticsearch,
        @Valid @NotNull Keycloak keycloak) {

    public record Redis(@NotNull String host, @Positive int port, @NotNull Duration timeout) {
    }

    public record Elasticsearch(@NotNull URI url) {
    }

    /**
     * {@code issuer} must equal the {@code iss} claim of the tokens Keycloak signs. The client is
     * the platform's service account, allowed to manage the realm's organizations.
     */
    public record Keycloak(@NotNull URI issuer, @NotNull String clientId, @NotNull String clientSecret) {

        /** Keycloak's base address, e.g. {@code http://127.0.0.1:8180}. */
        public String baseUrl() {
            String text = issuer.toString();
            return text.substring(0, text.indexOf("/realms/"));
        }

        public String realm() {
            String text = issuer.toString().replaceAll("/$", "");
            return text.substring(text.indexOf("/realms/") + "/realms/".length());
        }
    }
}
