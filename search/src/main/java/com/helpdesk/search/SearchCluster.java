package com.helpdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

/** The connection to the Elasticsearch cluster that holds the known-fix index. */
public final class SearchCluster implements AutoCloseable {

    private final ElasticsearchClient client;

    private SearchCluster(ElasticsearchClient client) {
        this.client = client;
    }

    public static SearchCluster connect(URI url) {
        return new SearchCluster(ElasticsearchClient.of(config -> config.host(url.toString())));
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

    @Override
    public void close() throws IOException {
        client.close();
    }
}
