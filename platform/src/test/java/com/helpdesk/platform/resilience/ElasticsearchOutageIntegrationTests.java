package com.helpdesk.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.FaultyLink;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.search.KnownFixes;

/**
 * Elasticsearch goes away while agents resolve tickets through the REST API, and comes back.
 * What is lost: nothing. Every resolution is accepted (201) while the index is unreachable; each
 * one's delivery to the known-fix index is tried and fails, and stays in the outbox (Spring
 * Modulith's event publication registry); once Elasticsearch is back the redelivery drains it and
 * every resolution is in the index exactly once: one document per ticket, written once (version 1),
 * one completed publication per resolution. Complements {@code KnownFixIndexingIntegrationTests},
 * which publishes the events itself, by going through the API an agent uses.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The link dies with this class: no later class may get this context from the cache.
@DirtiesContext
class ElasticsearchOutageIntegrationTests {

    static final URI ELASTICSEARCH = URI.create(System.getenv().getOrDefault("HELPDESK_ES_URL",
            "http://127.0.0.1:9200"));
    static final FaultyLink LINK = FaultyLink.to("Elasticsearch", ELASTICSEARCH.getHost(), ELASTICSEARCH.getPort());
    /** An index family of this class's own: the node is shared with the demo and other tests. */
    static final String PREFIX = "helpdesk-test-" + UUID.randomUUID().toString().substring(0, 8);
    static final int RESOLUTIONS = 20;
    static final String INDEXER = "com.helpdesk.platform.knownfix.KnownFixIndexer.on("
            + "com.helpdesk.platform.ticket.TicketResolved)";

    @DynamicPropertySource
    static void throughTheLink(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.elasticsearch.url", () -> "http://127.0.0.1:" + LINK.port());
        registry.add("helpdesk.search.index-prefix", () -> PREFIX);
        // Quick redelivery, so that the test waits seconds, not minutes.
        registry.add("helpdesk.search.redelivery.every", () -> "500ms");
        registry.add("helpdesk.search.redelivery.first-delay", () -> "500ms");
        registry.add("helpdesk.search.redelivery.max-delay", () -> "2s");
    }

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    KnownFixes index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantDirectory tenants;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void indexExists() {
        index.prepare();
    }

    @AfterAll
    void dropIndex() {
        LINK.restore();
        index.drop();
        LINK.close();
    }

    @Test
    void resolutionsAcceptedWhileElasticsearchIsDownAreAllIndexedOnceItIsBack() {
        String agent = tokens.of("kunlun-agent");
        String marker = "esoutage" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<JsonNode> tickets = new ArrayList<>();
        for (int i = 0; i < RESOLUTIONS; i++) {
            Api.Reply opened = api.post("/api/tickets", agent, """
                    {"channel": "phone", "severity": 3, "caller": {"name": "周女士", "phone": "138 0013 8002"},
                     "regionCode": "110105", "productLine": "laptop", "problem": "开机黑屏 black screen %d"}"""
                .formatted(i));
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            tickets.add(opened.json().get("ticket"));
        }

        LINK.cut();
        for (JsonNode ticket : tickets) {
            Api.Reply resolved = api.post("/api/tickets/" + ticket.get("id").asString() + "/resolution", agent, """
                    {"version": %d, "cause": "%s 显卡虚焊 loose GPU solder", "fix": "重新焊接 resoldered"}"""
                .formatted(ticket.get("version").asInt(), marker));
            assertThat(resolved.status()).as("accepted without the index: %s", resolved.body()).isEqualTo(201);
        }

        // Every delivery was tried against the dead link and failed: nothing reached the index.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(failed(marker)).isEqualTo(RESOLUTIONS));
        assertThat(completed(marker)).isZero();
        assertThat(indexed(marker)).isEmpty();

        LINK.restore();

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(completed(marker)).isEqualTo(RESOLUTIONS));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(indexed(marker)).hasSize(RESOLUTIONS));
        Map<String, Long> versions = indexed(marker);
        // Document ids are "<tenant>:ticket-<id>".
        String kunlun = tenants.findBySlug("kunlun").orElseThrow().id().value().toString();
        assertThat(versions.keySet()).containsExactlyInAnyOrderElementsOf(
                tickets.stream().map(t -> kunlun + ":ticket-" + t.get("id").asString()).toList());
        assertThat(versions).as("each written once").allSatisfy((id, version) -> assertThat(version).isOne());
        assertThat(publications(marker)).as("one publication per resolution").isEqualTo(RESOLUTIONS);
    }

    private int failed(String marker) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id = :listener and serialized_event like :marker and completion_date is null
                   and completion_attempts >= 1 and status in ('FAILED', 'RESUBMITTED')""")
            .param("listener", INDEXER).param("marker", "%" + marker + "%").query(Integer.class).single();
    }

    private int completed(String marker) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id = :listener and serialized_event like :marker and completion_date is not null""")
            .param("listener", INDEXER).param("marker", "%" + marker + "%").query(Integer.class).single();
    }

    private int publications(String marker) {
        return jdbc.sql("select count(*) from event_publication where listener_id = :listener and serialized_event like :marker")
            .param("listener", INDEXER).param("marker", "%" + marker + "%").query(Integer.class).single();
    }

    /** Document id → version of the fixes with the marker, read on the real node, past the link. */
    private Map<String, Long> indexed(String marker) {
        String alias = PREFIX + "-known-fixes";
        send(HttpRequest.newBuilder(ELASTICSEARCH.resolve("/" + alias + "/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody()).build());
        JsonNode hits = json.readTree(send(HttpRequest.newBuilder(ELASTICSEARCH.resolve(
                "/" + alias + "/_search?version=true&size=100&_source=false&q=cause:" + marker)).GET().build()))
            .path("hits").path("hits");
        return hits.valueStream().collect(Collectors.toMap(hit -> hit.get("_id").asString(),
                hit -> hit.get("_version").asLong(), (a, b) -> {
                    throw new AssertionError("a document listed twice");
                }));
    }

    private String send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
