package com.helpdesk.platform.knownfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.ticket.TicketResolved;
import com.helpdesk.search.KnownFixes;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Indexing without loss. The platform reaches Elasticsearch through a TCP proxy that the test
 * closes to play an outage; what is checked in Elasticsearch while the proxy is closed is read from
 * the real node directly.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnownFixIndexingIntegrationTests {

    static final TenantId KUNLUN = TenantId.of("7a1f0c3e-0000-4000-8000-000000000001");
    static final SearchIndexForTests INDEX = new SearchIndexForTests();
    static final int BULK_SIZE = 10;
    static final NioReactor REACTOR;
    static final TcpCrusher PROXY;

    static {
        try (ServerSocket free = new ServerSocket(0)) {
            REACTOR = new NioReactor();
            PROXY = TcpCrusherBuilder.builder().withReactor(REACTOR)
                .withBindAddress("127.0.0.1", free.getLocalPort())
                .withConnectAddress(INDEX.elasticsearchHost(), INDEX.elasticsearchPort())
                .build();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    KnownFixes index;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KnownFixImport imports;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        PROXY.open();
        registry.add("helpdesk.elasticsearch.url", () -> "http://127.0.0.1:" + PROXY.getBindAddress().getPort());
        registry.add("helpdesk.search.index-prefix", INDEX::prefix);
        // Quick redelivery, so that the test waits seconds, not minutes.
        registry.add("helpdesk.search.redelivery.every", () -> "500ms");
        registry.add("helpdesk.search.redelivery.first-delay", () -> "500ms");
        registry.add("helpdesk.search.redelivery.max-delay", () -> "2s");
        // Small bulks and a long wait for companions, so that a few dozen resolutions fill several bulks.
        registry.add("helpdesk.search.indexing.bulk-size", () -> BULK_SIZE);
        registry.add("helpdesk.search.indexing.linger", () -> "1s");
    }

    @BeforeAll
    void indexExists() {
        index.prepare();
    }

    @AfterAll
    void cleanUp() {
        if (!PROXY.isOpen()) {
            PROXY.open();
        }
        index.drop();
        PROXY.close();
        REACTOR.close();
    }

    @Test
    void aResolvedTicketBecomesSearchable() {
        String agent = tokens.of("kunlun-agent");
        Api.Reply opened = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "caller": {"name": "赵先生", "phone": "138 0013 8002"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "键盘进水后部分按键失灵 keyboard spill"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode ticket = opened.json().get("ticket");
        Api.Reply resolved = api.post("/api/tickets/" + ticket.get("id").asString() + "/resolution", agent, """
                {"version": %d, "cause": "键盘排线腐蚀 corroded keyboard ribbon", "fix": "更换键盘 replaced the keyboard"}"""
            .formatted(ticket.get("version").asInt()));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ids(api.get("/api/known-fixes?q="
                + URLEncoder.encode("键盘进水 按键失灵", StandardCharsets.UTF_8), agent).json()))
            .contains("ticket-" + ticket.get("id").asString()));
    }

    @Test
    void elasticsearchDownDuring200ResolutionsLosesNone() {
        String marker = "outage" + hex();
        PROXY.close();
        List<UUID> tickets = IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID()).toList();
        tickets.forEach(ticket -> transactions.executeWithoutResult(s -> events.publishEvent(resolution(ticket, marker))));

        // Every delivery has been tried and failed; nothing reached the index.
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(attempted(marker)).isEqualTo(200));
        assertThat(completed(marker)).isZero();
        assertThat(indexedWith(marker)).isZero();

        PROXY.open();

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(completed(marker)).isEqualTo(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(indexedWith(marker)).isEqualTo(200));
        Set<String> ids = index.ids(KUNLUN.value().toString());
        assertThat(ids).containsAll(tickets.stream().map(ElasticsearchKnownFixIndex::ticketFixId).toList());
    }

    @Test
    void resolutionsPublishedTogetherShareBulks() {
        String marker = "together" + hex();
        long bulksBefore = bulkRequests();
        List<UUID> tickets = IntStream.range(0, 25).mapToObj(i -> UUID.randomUUID()).toList();
        // One transaction: its 25 publications are delivered at once when it commits.
        transactions.executeWithoutResult(s -> tickets.forEach(t -> events.publishEvent(resolution(t, marker))));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(completed(marker)).isEqualTo(25));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(indexedWith(marker)).isEqualTo(25));
        // Counted by Elasticsearch (bulk requests on the index's one shard): at least ceil(25 / 10), and
        // fewer than one per resolution.
        assertThat(bulkRequests() - bulksBefore).isBetween(3L, 24L);
    }

    @Test
    void aFailedBulkIsWrittenAgainWithoutLossOrDuplicates() {
        String marker = "retried" + hex();
        PROXY.close();
        List<UUID> tickets = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();
        transactions.executeWithoutResult(s -> tickets.forEach(t -> events.publishEvent(resolution(t, marker))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(attempted(marker)).isEqualTo(12));
        assertThat(completed(marker)).isZero();
        assertThat(indexedWith(marker)).isZero();

        PROXY.open();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(completed(marker)).isEqualTo(12));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(indexedWith(marker)).isEqualTo(12));
        assertThat(publications(marker)).as("no delivery was published twice").isEqualTo(12);
        assertThat(INDEX.get("/" + INDEX.alias() + "/_search?size=100&_source=fixId&q=cause:" + marker))
            .as("one document per ticket")
            .contains(tickets.stream().map(ElasticsearchKnownFixIndex::ticketFixId).toList());
        assertThat(indexedWith(marker)).isEqualTo(12);
    }

    @Test
    void aFixElasticsearchRefusesFailsAloneWhileItsBulkIsWritten() {
        String marker = "refused" + hex();
        List<UUID> good = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID()).toList();
        UUID bad = UUID.randomUUID();
        // Severity is a byte in the index: 1000 is refused by the mapping, as any malformed document would be.
        TicketResolved refused = resolution(bad, marker);
        TicketResolved malformed = new TicketResolved(refused.tenantId(), bad, refused.number(), refused.productLine(),
                refused.model(), refused.problem(), refused.cause(), refused.fix(), refused.parts(), 1000,
                refused.resolvedAt(), refused.locale());
        try {
            transactions.executeWithoutResult(s -> {
                good.subList(0, 2).forEach(t -> events.publishEvent(resolution(t, marker)));
                events.publishEvent(malformed);
                good.subList(2, 4).forEach(t -> events.publishEvent(resolution(t, marker)));
            });

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(completed(marker)).isEqualTo(4));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(indexedWith(marker)).isEqualTo(4));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(attempted(marker)).isEqualTo(1));
            assertThat(index.ids(KUNLUN.value().toString())).doesNotContain(ElasticsearchKnownFixIndex.ticketFixId(bad))
                .containsAll(good.stream().map(ElasticsearchKnownFixIndex::ticketFixId).toList());
        }
        finally {
            // It would be refused for ever: other test runs sharing the database must not keep retrying it.
            jdbc.sql("delete from event_publication where serialized_event like :marker and completion_date is null")
                .param("marker", "%" + marker + "%").update();
        }
    }

    @Test
    void aFullReindexMovesTheAliasWhileSearchesKeepAnswering() throws Exception {
        String token = tokens.of("kunlun-agent");
        String probe = "probe" + hex();
        imports.store(KUNLUN, List.of(new ImportedFix("kunlun", probe, "laptop", "KL-G15", "风扇异响 " + probe,
                "客户反映风扇有咔咔的异响 " + probe, "风扇轴承磨损", "更换风扇", List.of("风扇"), 3, Instant.now())));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(searchIds(token, probe)).contains(probe));
        String before = INDEX.aliasedIndices();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<String> answers = new ArrayList<>();
        CompletableFuture<Void> searches = CompletableFuture.runAsync(() -> {
            while (rebuilding.get()) {
                Api.Reply reply = api.get("/api/known-fixes?q=" + encode(probe), token);
                synchronized (answers) {
                    answers.add(reply.status() + " " + (reply.status() == 200 ? ids(reply.json()) : reply.body()));
                }
            }
        });

        Api.Reply rebuilt = api.post("/api/platform/known-fixes/reindex", tokens.of("platform-admin"), "");
        rebuilding.set(false);
        searches.get();

        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("tenants").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(INDEX.aliasedIndices()).isNotEqualTo(before).startsWith(INDEX.alias() + "-v");
        assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(answer).startsWith("200 [" + probe));
        assertThat(searchIds(token, probe).getFirst()).isEqualTo(probe);
    }

    @Test
    void aTenantReindexRemovesWhatPostgresqlNoLongerHolds() {
        UUID stray = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.publishEvent(resolution(stray, "stray 纸盒卡纸")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(index.ids(KUNLUN.value().toString()))
            .contains("ticket-" + stray));

        Api.Reply reply = api.post("/api/platform/known-fixes/reindex?tenant=kunlun", tokens.of("platform-admin"), "");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("removed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(index.ids(KUNLUN.value().toString())).doesNotContain("ticket-" + stray);
        assertThat(api.post("/api/platform/known-fixes/reindex?tenant=nobody", tokens.of("platform-admin"), "")
            .status()).isEqualTo(404);
        assertThat(api.post("/api/platform/known-fixes/reindex", tokens.of("kunlun-agent"), "").status())
            .isEqualTo(403);
    }

    /** A resolution as the ticket module publishes it; only the outbox and the index are under test. */
    private static TicketResolved resolution(UUID ticket, String marker) {
        return new TicketResolved(KUNLUN, ticket, 900_000, "laptop", "KL-X14 Pro", marker + " 屏幕不亮",
                "排线松动 " + marker, "重新插紧排线", List.of(), 3, Instant.now().truncatedTo(ChronoUnit.MICROS),
                "zh-CN");
    }

    /** The index's own publications: a resolution also goes to other listeners (return visits). */
    private int attempted(String marker) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where serialized_event like :marker and completion_date is null and listener_id like :indexer
                   and status in ('FAILED', 'RESUBMITTED')""")
            .param("indexer", "%" + KnownFixIndexer.class.getSimpleName() + "%")
            .param("marker", "%" + marker + "%").query(Integer.class).single();
    }

    private int completed(String marker) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :marker "
                + "and completion_date is not null and listener_id like :indexer")
            .param("indexer", "%" + KnownFixIndexer.class.getSimpleName() + "%")
            .param("marker", "%" + marker + "%").query(Integer.class).single();
    }

    /** The indexer's publications of the marked events (other features listen to resolutions too). */
    private int publications(String marker) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :marker "
                + "and listener_id like :indexer")
            .param("indexer", "%" + KnownFixIndexer.class.getSimpleName() + "%")
            .param("marker", "%" + marker + "%").query(Integer.class).single();
    }

    /** Bulk requests the index's shard has executed, as Elasticsearch counts them. */
    private long bulkRequests() {
        JsonNode stats = tools.jackson.databind.json.JsonMapper.builder().build()
            .readTree(INDEX.get("/" + INDEX.alias() + "/_stats/bulk"));
        return stats.path("_all").path("primaries").path("bulk").path("total_operations").asLong(-1);
    }

    /** Counted on the real node, past the proxy. */
    private int indexedWith(String marker) {
        JsonNode count = tools.jackson.databind.json.JsonMapper.builder().build()
            .readTree(INDEX.get("/" + INDEX.alias() + "/_count?q=cause:" + marker));
        return count.path("count").asInt(-1);
    }

    private List<String> searchIds(String token, String q) {
        return ids(api.get("/api/known-fixes?q=" + encode(q), token).json());
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("hits").spliterator(), false).map(h -> h.get("id").asString()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
