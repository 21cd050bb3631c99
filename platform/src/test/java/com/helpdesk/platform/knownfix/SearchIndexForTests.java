package com.helpdesk.platform.knownfix;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * A known-fix index family of a test class's own on the shared Elasticsearch (other people's tests
 * and the demo use the same node): a random prefix, and direct HTTP access to the real node for
 * checks that must not go through the application (or through a proxy the test has cut).
 */
final class SearchIndexForTests {

    static final URI ELASTICSEARCH = URI.create(System.getenv().getOrDefault("HELPDESK_ES_URL",
            "http://127.0.0.1:9200"));

    private final String prefix = "helpdesk-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newHttpClient();

    String elasticsearchHost() {
        return ELASTICSEARCH.getHost();
    }

    int elasticsearchPort() {
        return ELASTICSEARCH.getPort();
    }

    String prefix() {
        return prefix;
    }

    String alias() {
        return prefix + "-known-fixes";
    }

    /** The response body of a GET on the real node. */
    String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(ELASTICSEARCH.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The indices the alias points at, as Elasticsearch lists them ({@code _cat/aliases}). */
    String aliasedIndices() {
        return get("/_cat/aliases/" + alias() + "?h=index").strip();
    }
}
