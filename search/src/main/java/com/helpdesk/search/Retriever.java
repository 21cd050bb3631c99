package com.helpdesk.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/**
 * One ranked list the fusion combines: a words query (BM25) or a vector (kNN), each run with the
 * search's filters, and the weight of its ranks.
 */
record Retriever(Query words, List<Float> vector, double weight) {

    private static final List<String> HIGHLIGHTED = List.of("title", "symptom", "cause", "fix");

    static Retriever words(Query query, double weight) {
        return new Retriever(query, null, weight);
    }

    static Retriever meaning(float[] vector, double weight) {
        return new Retriever(null, FixSearcher.asList(vector), weight);
    }

    SearchRequestBody.Builder body(SearchRequestBody.Builder body, int candidates, List<Query> filters) {
        body.size(candidates).trackTotalHits(t -> t.enabled(false));
        if (words != null) {
            // Highlights escape the text (encoder html): agents' and callers' words are shown, never run.
            return body.query(words).highlight(h -> {
                h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>").requireFieldMatch(true);
                HIGHLIGHTED.forEach(f -> h.fields(NamedValue.of(f, HighlightField.of(hf -> hf.numberOfFragments(0)))));
                return h;
            });
        }
        return body.knn(k -> k.field("embedding").queryVector(vector).k(candidates)
            .numCandidates(Math.min(10_000, candidates * 2)).filter(filters));
    }
}
