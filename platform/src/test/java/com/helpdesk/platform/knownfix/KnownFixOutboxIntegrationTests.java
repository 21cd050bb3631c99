package com.helpdesk.platform.knownfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.support.PersistentApplicationEventMulticaster;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.ticket.TicketResolved;
import com.helpdesk.tenantadmin.TenantId;

/**
 * A resolution whose delivery never completed (the node crashed, or the index failed) is
 * delivered again when a node starts, read back from the outbox table.
 */
@PlatformIntegrationTest
class KnownFixOutboxIntegrationTests {

    static final String LISTENER = "com.helpdesk.platform.knownfix.KnownFixIndexer.on("
            + "com.helpdesk.platform.ticket.TicketResolved)";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    /** What runs the restart's republication: the registry-backed multicaster, once the context is up. */
    @Autowired
    PersistentApplicationEventMulticaster multicaster;

    @Test
    void anIncompletePublicationIsDeliveredAgainOnRestart() {
        UUID ticket = UUID.randomUUID();
        TicketResolved resolved = new TicketResolved(TenantId.of("7a1f0c3e-0000-4000-8000-000000000001"), ticket,
                999_001, "laptop", "K14", "屏幕不亮 screen dark", "排线松动 loose cable", "重新插紧 reseated it",
                List.of(new TicketResolved.Part("CBL-2", "排线 cable", 1, "整机 whole unit")), 3,
                Instant.now().truncatedTo(ChronoUnit.MICROS), "zh-CN");
        UUID publication = UUID.randomUUID();
        // As a node leaves it when it dies while the listener runs: claimed, processing, never completed.
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               status, completion_attempts, last_resubmission_date)
                values (:id, :listener, :type, :event, now() - interval '1 hour', 'PROCESSING', 1,
                        now() - interval '1 hour')""")
            .param("id", publication)
            .param("listener", LISTENER)
            .param("type", TicketResolved.class.getName())
            .param("event", json.writeValueAsString(resolved))
            .update();

        multicaster.afterSingletonsInstantiated();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "select completion_date is not null from event_publication where id = :id")
            .param("id", publication)
            .query(Boolean.class)
            .single()).isTrue());
    }
}
