package com.helpdesk.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Scores the search on labelled queries as {@code shared/data/README.md} prescribes: each query is a
 * tenant-scoped search (with the caller's model when known); MRR@10 is the mean of 1/rank of the
 * first relevant fix in the top ten, recall@5 the mean share of the relevant fixes in the top five.
 * Hits of another tenant are counted: any is an isolation bug.
 *
 * <p>Run it alone with
 * {@code mvn -pl search test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.helpdesk.search.RelevanceEvaluation},
 * or through {@code KnownFixRelevanceIntegrationTests}.
 */
final class RelevanceEvaluation {

    record Outcome(Corpus.LabelledQuery query, List<String> top, double reciprocalRank, double recall,
            int foreignHits) {
    }

    record Score(int queries, double mrr10, double recall5, int foreignHits) {

        static Score of(List<Outcome> outcomes) {
            return new Score(outcomes.size(),
                    outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0),
                    outcomes.stream().mapToDouble(Outcome::recall).average().orElse(0),
                    outcomes.stream().mapToInt(Outcome::foreignHits).sum());
        }

        @Override
        public String toString() {
            return "%3d queries  MRR@10 %.3f  recall@5 %.3f  other tenants' hits %d".formatted(queries, mrr10,
                    recall5, foreignHits);
        }
    }

    record Report(List<Outcome> outcomes) {

        Score overall() {
            return Score.of(outcomes);
        }

        Map<String, Score> by(Function<Outcome, String> key) {
            Map<String, List<Outcome>> groups = new TreeMap<>();
            outcomes.forEach(o -> groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
            Map<String, Score> scores = new LinkedHashMap<>();
            groups.forEach((k, v) -> scores.put(k, Score.of(v)));
            return scores;
        }

        String text() {
            StringBuilder out = new StringBuilder();
            out.append("overall            ").append(overall()).append('\n');
            by(o -> o.query().language()).forEach((k, v) -> out.append("language %-9s ".formatted(k)).append(v)
                .append('\n'));
            by(o -> o.query().tenant()).forEach((k, v) -> out.append("tenant   %-9s ".formatted(k)).append(v)
                .append('\n'));
            outcomes.stream().filter(o -> o.reciprocalRank() < 1 || o.recall() < 1).forEach(o -> out.append(
                    "  %s rr %.2f recall %.2f  %s [%s] -> %s (want %s)%n".formatted(o.query().id(), o.reciprocalRank(),
                            o.recall(), o.query().text(), o.query().model(), o.top().subList(0,
                                    Math.min(5, o.top().size())), o.query().relevant())));
            return out.toString();
        }
    }

    private RelevanceEvaluation() {
    }

    static Report evaluate(KnownFixes index, List<Corpus.LabelledQuery> queries) {
        return new Report(queries.stream().map(q -> outcome(index, q)).toList());
    }

    private static Outcome outcome(KnownFixes index, Corpus.LabelledQuery q) {
        KnownFixHits hits = index.search(new KnownFixQuery(q.tenant(), q.text(), "", "", q.model(), 0, 10));
        List<String> top = hits.hits().stream().map(KnownFixHit::id).toList();
        double reciprocalRank = 0;
        for (int rank = 0; rank < top.size(); rank++) {
            if (q.relevant().contains(top.get(rank))) {
                reciprocalRank = 1.0 / (rank + 1);
                break;
            }
        }
        long found = top.stream().limit(5).filter(q.relevant()::contains).count();
        // Corpus ids name their tenant (kf-<tenant>-NNN): a hit naming another is a leak.
        int foreign = (int) top.stream().filter(id -> !id.startsWith("kf-" + q.tenant() + "-")).count();
        return new Outcome(q, top, reciprocalRank, (double) found / q.relevant().size(), foreign);
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(System.getenv().getOrDefault("HELPDESK_ES_URL", "http://127.0.0.1:9200"));
        Path corpus = Corpus.fixesFile();
        Path queries = Corpus.queriesFile();
        try (SearchCluster cluster = SearchCluster.connect(url)) {
            KnownFixes index = cluster.knownFixes(
                    KnownFixSettings.defaults("helpdesk-eval-" + UUID.randomUUID().toString().substring(0, 8)),
                    TextEncoder.load());
            index.prepare();
            try {
                index.index(Corpus.fixes(corpus));
                index.refresh();
                System.out.println("corpus " + corpus + ", queries " + queries);
                System.out.print(evaluate(index, Corpus.queries(queries)).text());
            }
            finally {
                index.drop();
            }
        }
    }
}
