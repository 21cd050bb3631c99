package com.helpdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.util.Timeout;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/** The connection to the Elasticsearch cluster that holds the known-fix index. */
public final class SearchCluster implements AutoCloseable {

    /**
     * An agent on the phone cannot wait long, and an indexing relay must notice an outage quickly
     * to back off rather than pile up blocked requests.
     */
    private static final Timeout CONNECT_TIMEOUT = Timeout.of(2, TimeUnit.SECONDS);
    private static final Timeout RESPONSE_TIMEOUT = Timeout.of(30, TimeUnit.SECONDS);

    private final ElasticsearchClient client;

    private SearchCluster(ElasticsearchClient client) {
        this.client = client;
    }

    public static SearchCluster connect(URI url) {
        Rest5Client rest = Rest5Client.builder(url)
            .setRequestConfigCallback(config -> config.setConnectionRequestTimeout(CONNECT_TIMEOUT)
                .setResponseTimeout(RESPONSE_TIMEOUT))
            .setConnectionConfigCallback(config -> config.setConnectTimeout(CONNECT_TIMEOUT)
                .setSocketTimeout(RESPONSE_TIMEOUT))
            .build();
        return new SearchCluster(new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper())));
    }

    public ClusterState state() {
        try {
            HealthResponse health = client.cluster().health();
            return new ClusterState(health.clusterName(), health.status().jsonValue(), health.numberOfNodes());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The known-fix index on this cluster, with its own embedding model. Call
     * {@link KnownFixes#prepare()} once before use.
     */
    public KnownFixes knownFixes(KnownFixSettings settings, TextEncoder encoder) {
        return new KnownFixes(client, settings, encoder);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
