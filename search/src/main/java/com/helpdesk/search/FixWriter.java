package com.helpdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Bulk writes of known fixes. A document's id is its tenant and fix id, so writing a fix again
 * replaces it: redelivery by the outbox and reindexing are harmless. Every request is routed by
 * tenant, so one tenant's fixes live on one shard.
 */
final class FixWriter {

    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final TextEncoder encoder;
    private final Glossary glossary;

    FixWriter(ElasticsearchClient client, TextEncoder encoder, Glossary glossary) {
        this.client = client;
        this.encoder = encoder;
        this.glossary = glossary;
    }

    /** Writes all or throws: a partial failure fails the batch, which the caller delivers again. */
    void index(String target, List<KnownFix> fixes) throws IOException {
        if (fixes.isEmpty()) {
            return;
        }
        index(target, fixes, embeddings(fixes));
    }

    /** The embeddings {@link #index(String, List)} would compute for these fixes. */
    List<float[]> embeddings(List<KnownFix> fixes) {
        return encoder.passages(fixes.stream().map(f -> FixDocument.meaning(f, glossary)).toList());
    }

    /**
     * Writes fixes whose embeddings were computed already (the benchmark's synthetic fixes, whose
     * vectors are derived from real ones): the same documents, ids and routing as {@link #index(String, List)}.
     */
    void index(String target, List<KnownFix> fixes, List<float[]> vectors) throws IOException {
        if (fixes.size() != vectors.size()) {
            throw new IllegalArgumentException(fixes.size() + " fixes but " + vectors.size() + " vectors");
        }
        if (fixes.isEmpty()) {
            return;
        }
        failIfAny(bulk(target, fixes, vectors));
    }

    /**
     * Writes what Elasticsearch accepts, in one bulk request, and returns the fixes it refused (a
     * document the mapping rejects, a shard that failed) with the reason: the caller retries those
     * alone instead of the whole batch. Throws when the request as a whole failed.
     */
    List<KnownFixes.Refusal> indexEach(String target, List<KnownFix> fixes) throws IOException {
        if (fixes.isEmpty()) {
            return List.of();
        }
        BulkResponse response = bulk(target, fixes, embeddings(fixes));
        if (!response.errors()) {
            return List.of();
        }
        List<KnownFixes.Refusal> refused = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) { // the items answer the operations in order
            BulkResponseItem item = items.get(i);
            if (item.error() != null) {
                refused.add(new KnownFixes.Refusal(fixes.get(i), item.error().type() + " " + item.error().reason()));
            }
        }
        return refused;
    }

    private BulkResponse bulk(String target, List<KnownFix> fixes, List<float[]> vectors) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(target);
        for (int i = 0; i < fixes.size(); i++) {
            FixDocument document = FixDocument.of(fixes.get(i), vectors.get(i));
            bulk.operations(op -> op.index(ix -> ix.id(FixDocument.documentId(document.tenantId(), document.fixId()))
                .routing(document.tenantId())
                .document(document)));
        }
        return client.bulk(bulk.build());
    }

    void remove(String target, String tenantId, Collection<String> fixIds) throws IOException {
        if (fixIds.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(target);
        fixIds.forEach(id -> bulk.operations(op -> op.delete(d -> d.id(FixDocument.documentId(tenantId, id))
            .routing(tenantId))));
        failIfAny(client.bulk(bulk.build()));
    }

    /** Every fix id of the tenant, in pages sorted by id (no scroll context left behind). */
    Set<String> ids(String target, String tenantId) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Void> page = client.search(s -> {
                s.index(target).routing(tenantId).size(PAGE).source(src -> src.fetch(false))
                    .query(q -> q.term(t -> t.field("tenantId").value(tenantId)))
                    .sort(o -> o.field(f -> f.field("fixId").order(SortOrder.Asc)));
                return from.isEmpty() ? s : s.searchAfter(from);
            }, Void.class);
            List<Hit<Void>> hits = page.hits().hits();
            hits.forEach(h -> ids.add(h.sort().getFirst().stringValue()));
            if (hits.size() < PAGE) {
                return ids;
            }
            after = hits.getLast().sort();
        }
    }

    private static void failIfAny(BulkResponse response) throws IOException {
        if (!response.errors()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            // A delete of a fix that was never indexed is fine: it is what the caller wanted.
            if (item.error() != null && item.status() != 404) {
                reasons.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
            }
        }
        if (!reasons.isEmpty()) {
            throw new IOException("Bulk write failed for " + reasons.size() + " document(s), e.g. " + reasons.getFirst());
        }
    }
}
