package com.helpdesk.search;

import java.net.URI;
import java.util.UUID;

/**
 * A known-fix index of its own on the real Elasticsearch, under a random prefix, so that tests
 * running in parallel with other people's never see each other's documents; dropped on close.
 */
final class TestIndex implements AutoCloseable {

    private static TextEncoder encoder;

    private final SearchCluster cluster;
    private final KnownFixes fixes;

    private TestIndex(SearchCluster cluster, KnownFixes fixes) {
        this.cluster = cluster;
        this.fixes = fixes;
    }

    static synchronized TextEncoder encoder() {
        if (encoder == null) {
            encoder = TextEncoder.load();
        }
        return encoder;
    }

    static TestIndex create() {
        SearchCluster cluster = SearchCluster.connect(URI.create(System.getenv()
            .getOrDefault("HELPDESK_ES_URL", "http://127.0.0.1:9200")));
        KnownFixes fixes = cluster.knownFixes(KnownFixSettings.defaults("helpdesk-test-"
                + UUID.randomUUID().toString().substring(0, 8)), encoder());
        fixes.prepare();
        return new TestIndex(cluster, fixes);
    }

    KnownFixes fixes() {
        return fixes;
    }

    @Override
    public void close() {
        try {
            fixes.drop();
        }
        finally {
            try {
                cluster.close();
            }
            catch (Exception e) {
                // nothing left to clean
            }
        }
    }
}
