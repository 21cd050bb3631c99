package com.helpdesk.platform.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the platform under test, speaking JSON as a browser or script would. */
public final class Api {

    private final Supplier<String> baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    Api(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A client for a platform node a test started itself, on {@code port} of the loopback. */
    public static Api onPort(int port) {
        return new Api(() -> "http://127.0.0.1:" + port);
    }

    public Reply get(String path, String token) {
        return get(path, token, Map.of());
    }

    public Reply get(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public Reply post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    public Reply put(String path, String token, String json) {
        return send("PUT", path, token, json);
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public Reply put(String path, String token, String json, Map<String, String> headers) {
        return send("PUT", path, token, json, headers);
    }

    public Reply send(String method, String path, String token, String json) {
        return send(method, path, token, json, Map.of());
    }

    public Reply send(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Any body of any content type, e.g. bytes that are not JSON, or a stream sent without a length. */
    public Reply sendRaw(String method, String path, String token, String contentType,
            HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
            .method(method, body)
            .header("Content-Type", contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** Field names of a validation problem's {@code errors}. */
    public static java.util.List<String> errorFields(Reply reply) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map(), response.body(), json);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed on demand. */
    public record Reply(int status, String contentType, Map<String, java.util.List<String>> headers, String body,
            JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().getFirst())
                .findFirst()
                .orElse(null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
