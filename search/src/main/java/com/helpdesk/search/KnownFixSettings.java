package com.helpdesk.search;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the known-fix index is laid out and searched.
 *
 * @param indexPrefix    starts the names of the alias, the template and the indices
 *                       ({@code <prefix>-known-fixes}); tests and parallel deployments on one cluster
 *                       use their own
 * @param textAnalyzer   analyzer of the words of title, symptom, cause and fix: {@code standard} (CJK
 *                       as single characters) on a bare cluster, {@code smartcn} or an ICU analyzer
 *                       where those plugins are installed
 * @param bigramAnalyzer analyzer of the character bigrams the application produces: it must split on
 *                       whitespace only ({@code whitespace})
 * @param shards         primary shards of a new index; tenants are spread over them by routing
 * @param replicas       replicas of a new index (0 on a one-node development cluster)
 * @param candidates     how many results of each retriever (words, meaning) are fused; also the
 *                       deepest result a caller can page to
 */
public record KnownFixSettings(String indexPrefix, String textAnalyzer, String bigramAnalyzer, int shards,
        int replicas, int candidates) {

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,60}");
    private static final Pattern ANALYZER = Pattern.compile("[A-Za-z0-9_-]{1,60}");

    public KnownFixSettings {
        Objects.requireNonNull(indexPrefix, "indexPrefix");
        if (!PREFIX.matcher(indexPrefix).matches()) {
            throw new IllegalArgumentException("indexPrefix must be lower-case letters, digits, - or _: " + indexPrefix);
        }
        if (textAnalyzer == null || !ANALYZER.matcher(textAnalyzer).matches()) {
            throw new IllegalArgumentException("textAnalyzer is not an analyzer name: " + textAnalyzer);
        }
        if (bigramAnalyzer == null || !ANALYZER.matcher(bigramAnalyzer).matches()) {
            throw new IllegalArgumentException("bigramAnalyzer is not an analyzer name: " + bigramAnalyzer);
        }
        if (shards < 1 || replicas < 0 || candidates < 10 || candidates > 1000) {
            throw new IllegalArgumentException("need shards >= 1, replicas >= 0, 10 <= candidates <= 1000");
        }
    }

    /** The defaults for a bare Elasticsearch of one node. */
    public static KnownFixSettings defaults(String indexPrefix) {
        return new KnownFixSettings(indexPrefix, "standard", "whitespace", 1, 0, 100);
    }
}
