package com.helpdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion of the retrievers' rankings (Cormack et al., 2009): each document scores
 * the sum of {@code weight / (k + rank)} over the lists it is in. Ranks, not scores, are combined,
 * so BM25's unbounded scores and cosine similarities need no calibration against each other.
 * Computed here because the {@code rrf} retriever needs a licence this cluster does not have.
 */
final class Fusion {

    /** The constant of the original paper; it damps the difference between the first few ranks. */
    static final int K = 60;

    private Fusion() {
    }

    record Ranked(String id, double score) {
    }

    /** One retriever's result ids, best first, with the weight its ranks carry. */
    record Ranking(List<String> ids, double weight) {
    }

    static List<Ranked> fuse(List<Ranking> rankings) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Ranking ranking : rankings) {
            for (int rank = 0; rank < ranking.ids().size(); rank++) {
                scores.merge(ranking.ids().get(rank), ranking.weight() / (K + rank + 1), Double::sum);
            }
        }
        List<Ranked> fused = new ArrayList<>();
        scores.forEach((id, score) -> fused.add(new Ranked(id, score)));
        fused.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::id));
        return fused;
    }
}
