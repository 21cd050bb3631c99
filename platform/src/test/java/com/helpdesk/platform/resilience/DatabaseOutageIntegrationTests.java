package com.helpdesk.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.FaultyLink;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * PostgreSQL goes away while agents are creating tickets through the REST API, and comes back.
 * What is lost: nothing. Every ticket answered 201 exists afterwards with its clocks and history;
 * every request that failed was answered 503 with a problem detail and Retry-After (never a 500),
 * so the client knows to retry; no ticket was left half-written (each one in the database has
 * its clocks and its history, including any whose commit went through while its answer was lost).
 * The platform reaches PostgreSQL through a {@link FaultyLink} the test cuts.
 */
@PlatformIntegrationTest
// The link dies with this class: no later class may get this context from the cache.
@DirtiesContext
class DatabaseOutageIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIntegrationTests.class);
    static final FaultyLink POSTGRES = FaultyLink.to("PostgreSQL", env("HELPDESK_DB_HOST", "127.0.0.1"),
            Integer.parseInt(env("HELPDESK_DB_PORT", "5432")));
    static final int CLIENTS = 6;

    @DynamicPropertySource
    static void throughTheLink(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + POSTGRES.port() + "/"
                + env("HELPDESK_TEST_DB_NAME", "helpdesk_test"));
        // A request waits this long for a connection before it is answered 503 (Hikari's default is 30 s).
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        // Nothing but the load's requests: alarms firing during the outage would only add noise to the log.
        registry.add("helpdesk.sla.scheduler-enabled", () -> "false");
    }

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    TenantDirectory tenants;

    @AfterAll
    static void closeLink() {
        POSTGRES.close();
    }

    @Test
    void ticketsAcknowledgedDuringAnOutageAllExistWhole() throws Exception {
        String agent = tokens.of("kunlun-agent");
        assertThat(api.get("/api/me", agent).status()).isEqualTo(200);
        String marker = "pg-outage-" + UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<Api.Reply> replies = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);

        try (ExecutorService load = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> clients = IntStream.range(0, CLIENTS)
                .<Future<?>>mapToObj(client -> load.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        replies.add(api.post("/api/tickets", agent, """
                                {"channel": "web", "severity": 3, "caller": {"name": "钱先生"},
                                 "problem": "%s-%d-%d 打印机卡纸 paper jam"}""".formatted(marker, client, i)));
                    }
                }))
                .toList();

            await().atMost(Duration.ofSeconds(60)).until(() -> count(replies, 201) >= 30);
            POSTGRES.cut();
            // The outage lasts until every client has had its refusal: several rounds of the pool's wait.
            await().atMost(Duration.ofSeconds(90)).until(() -> count(replies, 503) >= 3 * CLIENTS);
            POSTGRES.restore();
            long beforeRecovery = count(replies, 201);
            await().atMost(Duration.ofSeconds(90)).until(() -> count(replies, 201) >= beforeRecovery + 30);
            running.set(false);
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
        }

        Map<Integer, Long> statuses = replies.stream()
            .collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
        log.info("Ticket creations through the outage, by status: {}", statuses);
        assertThat(statuses.keySet()).as("never a 500, only created or unavailable").containsOnly(201, 503);
        for (Api.Reply refused : replies.stream().filter(r -> r.status() == 503).toList()) {
            assertThat(refused.isProblem()).as(refused.body()).isTrue();
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:unavailable");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
        }

        List<String> acknowledged = replies.stream().filter(r -> r.status() == 201)
            .map(r -> r.json().get("ticket").get("id").asString())
            .toList();
        for (String id : acknowledged) {
            Api.Reply ticket = api.get("/api/tickets/" + id, agent);
            assertThat(ticket.status()).as("ticket %s was acknowledged", id).isEqualTo(200);
            assertThat(ticket.json().get("clocks")).as("clocks of %s", id).isNotEmpty();
        }

        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        List<StoredTicket> stored = transactions.call(kunlun, () -> jdbc.sql("""
                select t.id,
                       (select count(*) from ticket_clocks c where c.tenant_id = t.tenant_id and c.ticket_id = t.id) clocks,
                       (select count(*) from ticket_events e where e.tenant_id = t.tenant_id and e.ticket_id = t.id) events
                from tickets t where t.problem like :marker""")
            .param("marker", marker + "-%")
            .query(StoredTicket.class)
            .list());
        log.info("{} tickets stored, {} acknowledged", stored.size(), acknowledged.size());
        assertThat(stored).extracting(StoredTicket::id).map(UUID::toString).containsAll(acknowledged);
        assertThat(stored).as("no ticket without its clocks and history").allSatisfy(ticket -> {
            assertThat(ticket.clocks()).isPositive();
            assertThat(ticket.events()).isPositive();
        });
    }

    record StoredTicket(UUID id, long clocks, long events) {
    }

    private static long count(ConcurrentLinkedQueue<Api.Reply> replies, int status) {
        return replies.stream().filter(r -> r.status() == status).count();
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
