package com.helpdesk.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Runs a search as two retrievers in one round trip ({@code _msearch}): words (BM25 on unigrams
 * and bigrams) and meaning (kNN on the embedding), both filtered by tenant and routed to the
 * tenant's shard; fuses their rankings, pages, highlights and counts facets.
 */
final class FixSearcher {

    private static final double MODEL_BONUS = 0.0005;

    private final ElasticsearchClient client;
    private final TextEncoder encoder;
    private final KnownFixSettings settings;
    private final Glossary glossary;

    FixSearcher(ElasticsearchClient client, TextEncoder encoder, KnownFixSettings settings, Glossary glossary) {
        this.client = client;
        this.encoder = encoder;
        this.settings = settings;
        this.glossary = glossary;
    }

    KnownFixHits search(String alias, KnownFixQuery query, String excludedId) throws IOException {
        List<Retriever> retrievers = retrievers(query);
        MsearchResponse<FixDocument> response = client.msearch(m -> {
            retrievers.forEach(r -> m.searches(s -> s.header(h -> h.index(alias).routing(query.tenantId()))
                .body(b -> r.body(b, settings.candidates(), SearchFilters.of(query)))));
            return m;
        }, FixDocument.class);

        Map<String, Hit<FixDocument>> byId = new LinkedHashMap<>();
        List<Fusion.Ranking> rankings = new ArrayList<>();
        for (int i = retrievers.size() - 1; i >= 0; i--) { // the first (words) last: its hits carry highlights
            List<Hit<FixDocument>> hits = hits(response.responses().get(i));
            hits.forEach(h -> byId.put(h.id(), h));
            rankings.add(new Fusion.Ranking(ids(hits), retrievers.get(i).weight()));
        }
        List<Fusion.Ranked> fused = Fusion.fuse(rankings).stream()
            .filter(r -> excludedId == null || !r.id().equals(FixDocument.documentId(query.tenantId(), excludedId)))
            .filter(r -> tenantOf(byId.get(r.id())).equals(query.tenantId()))
            .toList();
        fused = preferDeviceModel(fused, byId, query.deviceModel());
        return page(query, fused, byId);
    }

    /**
     * Words and meaning. Both see the glossary's other names of the products and faults the caller
     * mentioned: the words query as a weaker hint, the embedding as part of the text (documents are
     * embedded with theirs too, see {@link FixDocument#meaning}), which brings a Chinese complaint and
     * an English report of the same fault together (the model alone bridges the languages poorly).
     */
    private List<Retriever> retrievers(KnownFixQuery query) {
        Glossary.Expansion expansion = glossary.expand(query.text());
        String extra = (expansion.synonyms() + " " + expansion.translations()).strip();
        return List.of(Retriever.words(LexicalQuery.of(query, expansion), 1.0),
                Retriever.meaning(encoder.query(extra.isEmpty() ? query.text() : query.text() + " " + extra), 1.0));
    }

    /**
     * The caller's own model first among equals: a bonus worth about two ranks near the top, so that
     * the same fault on a sibling model (usually fixed the same way) stays close behind. A bigger
     * bonus (a rank of 20) pushed unrelated faults of the same model above the right fix.
     */
    private static List<Fusion.Ranked> preferDeviceModel(List<Fusion.Ranked> fused, Map<String, Hit<FixDocument>> byId,
            String deviceModel) {
        if (deviceModel.isEmpty()) {
            return fused;
        }
        return fused.stream()
            .map(r -> deviceModel.equalsIgnoreCase(byId.get(r.id()).source().model())
                    ? new Fusion.Ranked(r.id(), r.score() + MODEL_BONUS) : r)
            .sorted(Comparator.comparingDouble(Fusion.Ranked::score).reversed()
                .thenComparing(Fusion.Ranked::id))
            .toList();
    }

    private static KnownFixHits page(KnownFixQuery query, List<Fusion.Ranked> fused,
            Map<String, Hit<FixDocument>> byId) {
        List<KnownFixHit> hits = fused.stream().skip(query.from()).limit(query.size())
            .map(r -> hit(byId.get(r.id()), r.score()))
            .toList();
        List<FixDocument> all = fused.stream().map(r -> byId.get(r.id()).source()).toList();
        return new KnownFixHits(hits, query.page(), query.size(), fused.size(), facets(all, FixDocument::productLine),
                facets(all, FixDocument::model));
    }

    private static List<KnownFixHits.Facet> facets(List<FixDocument> documents, Function<FixDocument, String> field) {
        Map<String, Long> counts = documents.stream().map(field).filter(v -> v != null && !v.isEmpty())
            .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(e -> new KnownFixHits.Facet(e.getKey(), e.getValue().intValue()))
            .toList();
    }

    private static KnownFixHit hit(Hit<FixDocument> hit, double score) {
        FixDocument d = hit.source();
        Map<String, List<String>> highlights = new HashMap<>();
        hit.highlight().forEach((field, fragments) -> highlights.put(field,
                fragments.stream().map(Highlights::merge).toList()));
        return new KnownFixHit(d.fixId(), d.productLine(), d.model(), d.title(), d.symptom(), d.cause(), d.fix(),
                d.parts() == null ? List.of() : d.parts(), d.severity(), Instant.parse(d.resolvedAt()), score,
                highlights);
    }

    private static String tenantOf(Hit<FixDocument> hit) {
        return hit.source() == null ? "" : hit.source().tenantId();
    }

    private static List<String> ids(List<Hit<FixDocument>> hits) {
        return hits.stream().map(Hit::id).toList();
    }

    private static List<Hit<FixDocument>> hits(MultiSearchResponseItem<FixDocument> item) throws IOException {
        if (item.isFailure()) {
            throw new IOException("Search failed: " + item.failure().error().type() + " "
                    + item.failure().error().reason());
        }
        return item.result().hits().hits();
    }

    static List<Float> asList(float[] vector) {
        List<Float> list = new ArrayList<>(vector.length);
        for (float v : vector) {
            list.add(v);
        }
        return list;
    }
}
