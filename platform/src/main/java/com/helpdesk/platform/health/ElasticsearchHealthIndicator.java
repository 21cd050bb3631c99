package com.helpdesk.platform.health;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import com.helpdesk.search.ClusterState;
import com.helpdesk.search.SearchCluster;

/** Known-fix search needs a green or yellow cluster (one local node is yellow). */
@Component
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final SearchCluster cluster;

    ElasticsearchHealthIndicator(SearchCluster cluster) {
        super("Elasticsearch is not reachable");
        this.cluster = cluster;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ClusterState state = cluster.state();
        (state.usable() ? builder.up() : builder.down())
            .withDetail("cluster", state.clusterName())
            .withDetail("status", state.status())
            .withDetail("nodes", state.nodes());
    }
}
