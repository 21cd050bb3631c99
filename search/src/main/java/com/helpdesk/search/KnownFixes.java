package com.helpdesk.search;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * The known-fix index: what the rest of the application may do with it. Every search and every
 * write names its tenant; there is no way to search across tenants. Failures of Elasticsearch come
 * out as {@link SearchUnavailableException}; bad input as {@link InvalidSearchException}.
 */
public final class KnownFixes {

    private final ElasticsearchClient client;
    private final IndexLayout layout;
    private final FixWriter writer;
    private final FixSearcher searcher;

    KnownFixes(ElasticsearchClient client, KnownFixSettings settings, TextEncoder encoder) {
        this.client = client;
        this.layout = new IndexLayout(client, settings, Clock.systemUTC());
        Glossary glossary = Glossary.standard();
        this.writer = new FixWriter(client, encoder, glossary);
        this.searcher = new FixSearcher(client, encoder, settings, glossary);
    }

    /** Creates or updates the index template, and the first index behind the alias if there is none. */
    public void prepare() {
        io(layout::prepare);
    }

    /** Whether the index behind the alias has the mapping this code writes; if not, rebuild it. */
    public boolean current() {
        return call(layout::current);
    }

    public KnownFixHits search(KnownFixQuery query) {
        return call(() -> searcher.search(layout.alias(), query, null));
    }

    /**
     * Fixes like the given description (a ticket's problem, what a caller said in the phone menu),
     * without the fix {@code excludedId} itself. Long texts are cut to what a query may hold.
     */
    public KnownFixHits similar(String tenantId, String description, String deviceModel, String excludedId,
            int size) {
        String text = QueryText.normalise(description);
        int end = text.offsetByCodePoints(0, Math.min(KnownFixQuery.MAX_TEXT, text.codePointCount(0, text.length())));
        KnownFixQuery query = new KnownFixQuery(tenantId, text.substring(0, end), "", "", deviceModel, 0, size);
        return call(() -> searcher.search(layout.alias(), query, excludedId));
    }

    /** Adds or replaces these fixes; all or nothing from the caller's view (a retry rewrites all). */
    public void index(List<KnownFix> fixes) {
        io(() -> writer.index(layout.alias(), fixes));
    }

    /**
     * Adds or replaces these fixes in one bulk request and returns those Elasticsearch refused, with
     * its reason; the others are written. Throws {@link SearchUnavailableException} when the request
     * as a whole failed (nothing can be assumed written).
     */
    public List<Refusal> indexEach(List<KnownFix> fixes) {
        return call(() -> writer.indexEach(layout.alias(), fixes));
    }

    /** A fix that Elasticsearch did not write, and why. */
    public record Refusal(KnownFix fix, String reason) {
    }

    /** Adds or replaces fixes with embeddings computed beforehand (see {@link #embeddings}). */
    void index(List<KnownFix> fixes, List<float[]> vectors) {
        io(() -> writer.index(layout.alias(), fixes, vectors));
    }

    /** The embeddings these fixes are indexed with. */
    List<float[]> embeddings(List<KnownFix> fixes) {
        return writer.embeddings(fixes);
    }

    ElasticsearchClient client() {
        return client;
    }

    public void remove(String tenantId, Collection<String> fixIds) {
        io(() -> writer.remove(layout.alias(), tenantId, fixIds));
    }

    /** The ids of the tenant's fixes in the index: what a tenant's reindex compares with PostgreSQL. */
    public Set<String> ids(String tenantId) {
        return call(() -> writer.ids(layout.alias(), tenantId));
    }

    /** Starts filling a new index beside the serving one. */
    public IndexRebuild rebuild() {
        return new IndexRebuild(layout, writer, call(layout::createNext));
    }

    /** Makes every write so far visible to searches now rather than within the refresh interval. */
    public void refresh() {
        io(() -> client.indices().refresh(r -> r.index(layout.alias())));
    }

    /** Deletes the alias, its indices and the template: for tests that made their own prefix. */
    public void drop() {
        io(layout::drop);
    }

    public String alias() {
        return layout.alias();
    }

    interface IoCall<T> {
        T call() throws IOException;
    }

    interface IoRun {
        void run() throws IOException;
    }

    static void io(IoRun work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static <T> T call(IoCall<T> work) {
        try {
            return work.call();
        }
        catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch failed: " + e.getMessage(), e);
        }
    }
}
