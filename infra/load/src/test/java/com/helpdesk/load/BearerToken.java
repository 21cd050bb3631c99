package com.helpdesk.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real access token of a demo user, fetched from Keycloak with the password grant and renewed
 * in the background. The demo realm's tokens live 5 minutes (accessTokenLifespan 300), shorter
 * than a long run; renewing on a thread of its own keeps Keycloak's answer time out of the
 * measured requests, which only read the current value.
 */
final class BearerToken implements AutoCloseable {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "token-renewer");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpRequest request;
    private volatile String value;

    /** Fetches the first token at once: a run without one fails before any load is sent. */
    BearerToken(String tokenUrl, String clientId, String username, String password) {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(username)
                + "&password=" + encode(password);
        this.request = HttpRequest.newBuilder(URI.create(tokenUrl))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
        try {
            scheduleRenewal(fetch());
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException("No token for " + username + " from " + tokenUrl + ": " + e.getMessage(), e);
        }
    }

    static BearerToken fromConfig() {
        return new BearerToken(LoadConfig.TOKEN_URL, LoadConfig.CLIENT_ID, LoadConfig.USERNAME, LoadConfig.PASSWORD);
    }

    /** The header value, {@code Bearer ...}. */
    String header() {
        return "Bearer " + value;
    }

    /** Stores a new token and answers its lifetime. */
    private Duration fetch() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        }
        value = token.group(1);
        Matcher expires = EXPIRES_IN.matcher(response.body());
        return Duration.ofSeconds(expires.find() ? Long.parseLong(expires.group(1)) : 60);
    }

    /** Renews at half the lifetime: a failed renewal still leaves time for retries. */
    private void scheduleRenewal(Duration lifetime) {
        renewer.schedule(this::renew, Math.max(1, lifetime.toSeconds() / 2), TimeUnit.SECONDS);
    }

    private void renew() {
        try {
            scheduleRenewal(fetch());
        }
        catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("token renewal failed, retrying in " + RETRY.toSeconds() + " s: " + e.getMessage());
            renewer.schedule(this::renew, RETRY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
