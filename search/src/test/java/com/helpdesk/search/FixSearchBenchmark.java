package com.helpdesk.search;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The known-fix search at scale: {@code docs} synthetic fixes (see {@link SyntheticFixes} for how they
 * are derived from the real corpus) over ten tenants in one index family of its own
 * ({@code helpdesk-bench-known-fixes}), then {@code threads} agents searching without pause through
 * {@link KnownFixes#search}, the path the platform takes: glossary expansion, the query's embedding
 * by bge-small in this JVM, one {@code _msearch} (words and kNN, tenant-filtered and routed) and the
 * fusion. Each search is a dev query ({@code shared/data/queries-dev.jsonl}) of a random tenant copied
 * from the query's tenant, with the query's device model. Latency is end to end per search, recorded
 * in HdrHistogram; throughput is completed searches per second of the measured window.
 *
 * <p>Loading goes through {@code KnownFixes.index} with vectors computed beforehand, in bulks of
 * {@code batch} fixes, {@code loaders} bulks in flight, refresh off until the end. A run finding
 * exactly {@code docs} documents in the index measures the searches only ({@code reload=true}
 * reloads; an interrupted load resumes; {@code load=false} measures whatever the index holds). Only this
 * prefix's indices and template are ever deleted.
 *
 * <p>Not part of the test suite: run by {@code infra/load/search-bench.sh} (system property
 * {@code searchbench=true}); the figures go to {@code search/BENCHMARK.md}.
 */
@EnabledIfSystemProperty(named = "searchbench", matches = "true")
class FixSearchBenchmark {

    private final int docs = Integer.getInteger("searchbench.docs", 1_000_000);
    private final int batch = Integer.getInteger("searchbench.batch", 2_000);
    private final int loaders = Integer.getInteger("searchbench.loaders", 3);
    private final boolean reload = Boolean.getBoolean("searchbench.reload");
    private final int threads = Integer.getInteger("searchbench.threads", 10);
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("searchbench.warmup", 30));
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("searchbench.duration", 120));
    private final String prefix = System.getProperty("searchbench.prefix", "helpdesk-bench");
    private final Path reportFile = Path.of(System.getProperty("searchbench.report", "target/known-fix-bench.txt"));

    private static final long SLOW_MICROS = TimeUnit.SECONDS.toMicros(2);

    private final List<String> report = new ArrayList<>();

    @Test
    void loadsThenSearchesConcurrently() throws Exception {
        assertThat(prefix).as("the benchmark must not write into the test or demo indices")
            .doesNotStartWith("helpdesk-test").isNotEqualTo("helpdesk");
        TextEncoder encoder = TextEncoder.load();
        try (SearchCluster cluster = SearchCluster.connect(URI.create(System.getenv()
            .getOrDefault("HELPDESK_ES_URL", "http://127.0.0.1:9200")))) {
            KnownFixes fixes = cluster.knownFixes(KnownFixSettings.defaults(prefix), encoder);
            fixes.prepare();
            line("Known-fix search benchmark, %s, %d cores seen by this JVM", Instant.now(),
                    Runtime.getRuntime().availableProcessors());
            line("Elasticsearch heap max %s", mib(heapMax(fixes.client())));
            load(fixes, encoder);
            describeIndex(fixes);
            embeddingAlone(encoder);
            searches(fixes);
        }
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.write(reportFile, report, StandardCharsets.UTF_8);
    }

    private void load(KnownFixes fixes, TextEncoder encoder) throws Exception {
        long present = count(fixes);
        if (!Boolean.parseBoolean(System.getProperty("searchbench.load", "true"))) {
            line("Loading skipped (-Dsearchbench.load=false): measuring the %,d fixes in %s", present, fixes.alias());
            return;
        }
        if (present == docs && !reload) {
            line("Index %s holds %,d fixes already: loading skipped (-Dsearchbench.reload=true reloads)",
                    fixes.alias(), present);
            return;
        }
        int firstBatch = 0;
        if (reload || present > docs) {
            fixes.drop();
            fixes.prepare();
        }
        else if (present > 0) {
            // Batches finish out of order, but at most `loaders` of them were in flight: every batch
            // before present / batch - loaders is complete. Ids are deterministic, so overlap is harmless.
            firstBatch = (int) Math.max(0, present / batch - loaders);
            line("Index %s holds %,d fixes: resuming the load at batch %d", fixes.alias(), present, firstBatch);
        }
        Instant embedStart = Instant.now();
        List<KnownFix> real = Corpus.fixes(Corpus.fixesFile());
        SyntheticFixes synthetic = new SyntheticFixes(real, fixes.embeddings(real));
        line("Embedded the %d real fixes in %d ms", real.size(), Duration.between(embedStart, Instant.now()).toMillis());

        ElasticsearchClient client = fixes.client();
        client.indices().putSettings(s -> s.index(fixes.alias()).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        int batches = (docs + batch - 1) / batch;
        AtomicLong nextBatch = new AtomicLong(firstBatch);
        AtomicLong written = new AtomicLong();
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < loaders; w++) {
                workers.add(pool.submit(() -> {
                    for (long b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                        writeBatch(fixes, synthetic, b * batch, Math.min(docs, (b + 1) * batch));
                        long total = written.addAndGet(Math.min(docs, (b + 1) * batch) - b * batch);
                        if (b % 50 == 0) {
                            System.out.printf(Locale.ROOT, "loaded %,d fixes, %.0f/s%n", total,
                                    total * 1000.0 / Math.max(1, Duration.between(start, Instant.now()).toMillis()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        finally {
            pool.shutdown();
            client.indices().putSettings(s -> s.index(fixes.alias()).settings(i -> i.refreshInterval(t -> t.time("1s"))));
        }
        Duration bulk = Duration.between(start, Instant.now());
        Instant refreshStart = Instant.now();
        fixes.refresh();
        Duration refresh = Duration.between(refreshStart, Instant.now());
        line("Loaded %,d fixes in %s: %,.0f fixes/s over the bulks (batch %d, %d bulks in flight, refresh off), "
                + "then the final refresh took %d s", written.get(), bulk.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                written.get() * 1000.0 / bulk.toMillis(), batch, loaders, refresh.toSeconds());
        line("  including the final refresh: %,.0f fixes/s", written.get() * 1000.0 / bulk.plus(refresh).toMillis());
        assertThat(count(fixes)).isEqualTo(docs);
    }

    /** Retries a rejected or timed-out bulk (the node is shared and busy): same ids, same documents. */
    private static void writeBatch(KnownFixes fixes, SyntheticFixes synthetic, long from, long to)
            throws InterruptedException {
        List<KnownFix> batch = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (long n = from; n < to; n++) {
            SyntheticFixes.Made made = synthetic.make(n);
            batch.add(made.fix());
            vectors.add(made.vector());
        }
        for (int attempt = 1;; attempt++) {
            try {
                fixes.index(batch, vectors);
                return;
            }
            catch (SearchUnavailableException e) {
                if (attempt == 5) {
                    throw e;
                }
                System.out.println("bulk " + from + " failed (" + e.getMessage() + "), retrying");
                TimeUnit.SECONDS.sleep(2L * attempt);
            }
        }
    }

    private void describeIndex(KnownFixes fixes) throws IOException {
        IndicesStatsResponse stats = fixes.client().indices().stats(s -> s.index(fixes.alias()));
        stats.indices().forEach((index, s) -> {
            IndexStats total = s.primaries();
            line("Index %s: %,d documents, %s on disk, %d segments, %d shard(s)", index, total.docs().count(),
                    mib(total.store().sizeInBytes()), total.segments().count(), stats.shards().total().intValue());
        });
        Map<String, Long> perTenant = new java.util.TreeMap<>();
        for (String tenant : SyntheticFixes.TENANTS) {
            perTenant.put(tenant, fixes.client().count(c -> c.index(fixes.alias()).routing(tenant)
                .query(q -> q.term(t -> t.field("tenantId").value(tenant)))).count());
        }
        line("Fixes per tenant: %s", perTenant);
    }

    /** What the query embedding alone costs, one at a time on an otherwise idle client. */
    private void embeddingAlone(TextEncoder encoder) {
        List<Corpus.LabelledQuery> queries = Corpus.queries(Corpus.queriesFile());
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (int i = 0; i < 3 * queries.size(); i++) {
            long start = System.nanoTime();
            encoder.query(queries.get(i % queries.size()).text());
            if (i >= queries.size()) { // the first round warms up
                histogram.recordValue((System.nanoTime() - start) / 1000);
            }
        }
        line("Query embedding alone (1 thread, %d encodes): p50 %s  p95 %s  p99 %s", histogram.getTotalCount(),
                ms(histogram, 50), ms(histogram, 95), ms(histogram, 99));
    }

    private void searches(KnownFixes fixes) throws Exception {
        List<Corpus.LabelledQuery> queries = Corpus.queries(Corpus.queriesFile());
        Map<String, List<String>> tenantsBySource = SyntheticFixes.TENANTS.stream()
            .collect(Collectors.groupingBy(SyntheticFixes::sourceOf));
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + measured.toNanos();
        AtomicLong emptyResults = new AtomicLong();
        AtomicLong foreignHits = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Histogram>> agents = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = t;
            agents.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
                for (long start = System.nanoTime(); start < end; start = System.nanoTime()) {
                    Corpus.LabelledQuery q = queries.get(random.nextInt(queries.size()));
                    List<String> tenants = tenantsBySource.get(q.tenant());
                    String tenant = tenants.get(random.nextInt(tenants.size()));
                    KnownFixHits hits;
                    try {
                        hits = fixes.search(new KnownFixQuery(tenant, q.text(), "", "", q.model(), 0, 10));
                    }
                    catch (SearchUnavailableException e) {
                        // A time-out (30 s) counts as an error, not as a latency: reported beside the figures.
                        System.out.printf(Locale.ROOT, "failed search: %s, %s: %s%n", tenant, q.text(), e.getMessage());
                        if (start >= warmupEnd) {
                            errors.incrementAndGet();
                        }
                        continue;
                    }
                    long micros = (System.nanoTime() - start) / 1000;
                    if (micros > SLOW_MICROS) {
                        System.out.printf(Locale.ROOT, "slow search: %d ms, %s, %s%n", micros / 1000, tenant, q.text());
                    }
                    if (start >= warmupEnd) {
                        histogram.recordValue(micros);
                        if (hits.hits().isEmpty()) {
                            emptyResults.incrementAndGet();
                        }
                        foreignHits.addAndGet(hits.hits().stream()
                            .filter(h -> !SyntheticFixes.tenantOf(h.id()).equals(tenant)).count());
                    }
                }
                return histogram;
            }));
        }
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (Future<Histogram> agent : agents) {
            all.add(agent.get());
        }
        pool.shutdown();
        line("Searches: %d concurrent, %d s warm-up, %d s measured, %,d searches: %.1f searches/s", threads,
                warmup.toSeconds(), measured.toSeconds(), all.getTotalCount(),
                all.getTotalCount() / (double) measured.toSeconds());
        line("  end-to-end latency: p50 %s  p95 %s  p99 %s  max %s  mean %.1f ms", ms(all, 50), ms(all, 95),
                ms(all, 99), ms(all, 100), all.getMean() / 1000);
        line("  failed searches (time-outs): %d; searches with no hit: %d; hits of another tenant: %d", errors.get(),
                emptyResults.get(), foreignHits.get());
    }

    private static long count(KnownFixes fixes) throws IOException {
        fixes.refresh();
        return fixes.client().count(c -> c.index(fixes.alias())).count();
    }

    private static long heapMax(ElasticsearchClient client) throws IOException {
        return client.nodes().stats(s -> s.metric("jvm")).nodes().values().stream()
            .mapToLong(n -> n.jvm().mem().heapMaxInBytes()).sum();
    }

    private static String ms(Histogram histogram, double percentile) {
        return "%.1f ms".formatted(histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    private static String mib(long bytes) {
        return "%,.0f MiB".formatted(bytes / 1024.0 / 1024.0);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.add(text);
    }
}
