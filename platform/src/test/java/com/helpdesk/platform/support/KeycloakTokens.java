package com.helpdesk.platform.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the running Keycloak, obtained with the password grant of the realm's
 * loopback-only {@code helpdesk-cli} client for the demo users (password {@code demo}).
 */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "demo";

    private final String issuer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    KeycloakTokens(String issuer) {
        this.issuer = issuer;
    }

    public String issuer() {
        return issuer;
    }

    /** A token for a demo user through the platform's own client; cached (tokens live 5 minutes). */
    public String of(String username) {
        return cache.computeIfAbsent(username, u -> fetch("helpdesk-cli", u, DEMO_PASSWORD));
    }

    /** The platform's own service-account token (client credentials), to look at Keycloak as the platform does. */
    public String serviceAccount() {
        return request("grant_type=client_credentials&client_id=helpdesk-platform&client_secret="
                + URLEncoder.encode(System.getenv().getOrDefault("HELPDESK_KC_CLIENT_SECRET",
                        "helpdesk-platform-dev-secret"), StandardCharsets.UTF_8), "helpdesk-platform");
    }

    /**
     * A genuine token of the same Keycloak's {@code master} realm (its administrator, through
     * {@code admin-cli}): signed by Keycloak, but by another realm's keys for another issuer.
     */
    public String ofMasterRealmAdmin() {
        String master = issuer.substring(0, issuer.lastIndexOf("/realms/")) + "/realms/master";
        return fetch(master, "admin-cli", System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
    }

    /** A token through any client of the realm, e.g. one whose tokens are not meant for the platform. */
    public String fetch(String clientId, String username, String password) {
        return fetch(issuer, clientId, username, password);
    }

    private String fetch(String realm, String clientId, String username, String password) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password, "scope", "openid");
        String body = form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return request(realm, body, username);
    }

    private String request(String body, String who) {
        return request(issuer, body, who);
    }

    private String request(String realm, String body, String who) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + ": " + response.body());
            }
            JsonNode token = json.readTree(response.body());
            return token.get("access_token").asString();
        }
        catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + issuer, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
