package com.helpdesk.platform.complaint;

import static com.helpdesk.platform.complaint.ComplaintFixtures.change;
import static com.helpdesk.platform.complaint.ComplaintFixtures.file;
import static com.helpdesk.platform.complaint.ComplaintFixtures.id;
import static com.helpdesk.platform.complaint.ComplaintFixtures.version;
import static com.helpdesk.platform.support.StompTestClient.awaitReady;
import static com.helpdesk.platform.support.StompTestClient.probe;
import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.ForwardClock;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.tenancy.TenantDirectory;

/**
 * The complaint reply clock and its escalation chain as a platform node runs them, on the shared
 * durable scheduler: huaxin promises a reply within 10 minutes around the clock, so an unanswered
 * complaint goes to the senior engineer at 5 minutes and to the manager at the breach, each once,
 * and the tenant's supervisors are told. Time moves through a {@link ForwardClock}.
 */
@PlatformIntegrationTest
@Import(ForwardClock.Configuration.class)
@DirtiesContext
class ComplaintEscalationIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    ForwardClock clock;

    @Autowired
    RealtimePushes pushes;

    @Autowired
    TenantDirectory tenants;

    @Test
    void anUnansweredComplaintClimbsToTheManagerOnceEachAndSupervisorsAreTold() throws Exception {
        String supervisorToken = tokens.of("huaxin-supervisor");
        assertThat(api.get("/api/me", supervisorToken).status()).isEqualTo(200);
        UUID supervisor = userIdOf(supervisorToken);
        var huaxin = tenants.findBySlug("huaxin").orElseThrow().id();
        try (StompTestClient desk = StompTestClient.connect(port, supervisorToken)) {
            BlockingQueue<Map<String, Object>> alerts = desk.subscribe("/user/queue/complaints");
            awaitReady(alerts, () -> pushes.toStaff(huaxin, supervisor, "complaints", probe()));

            JsonNode filed = file(api, tokens.of("huaxin-agent"), "");
            String id = id(filed);
            JsonNode chain = filed.get("escalations");

            clock.passTo(Instant.parse(chain.get(0).get("dueAt").asString()));
            awaitHistory(id, h -> h.contains("escalated senior-engineer"));
            Map<String, Object> first = readUntil(alerts, concerns(id)).getLast();
            assertThat(first).containsEntry("kind", "escalation").containsEntry("tier", "senior-engineer");

            clock.passTo(Instant.parse(filed.get("complaint").get("replyDueAt").asString()));
            List<String> history = awaitHistory(id, h -> h.contains("reply-breached"));

            assertThat(history).containsExactly("filed", "escalated senior-engineer", "escalated manager",
                    "reply-breached");
            JsonNode now = api.get("/api/complaints/" + id, tokens.of("huaxin-agent")).json();
            assertThat(now.get("complaint").get("escalationTier").asString()).isEqualTo("manager");
            assertThat(now.get("complaint").get("replyState").asString()).isEqualTo("breached");
            assertThat(readUntil(alerts, m -> id.equals(m.get("complaintId")) && "manager".equals(m.get("tier"))))
                .isNotEmpty();
            List<String> breached = new ArrayList<>();
            api.get("/api/complaints?breached=true&tier=manager&size=100", tokens.of("huaxin-agent")).json().get("items")
                .forEach(c -> breached.add(c.get("id").asString()));
            assertThat(breached).contains(id);
        }
    }

    @Test
    void aReplyStopsTheChain() {
        String agent = tokens.of("huaxin-agent");
        JsonNode filed = file(api, agent, "");
        String id = id(filed);
        JsonNode control = file(api, agent, "");
        assertThat(change(api, agent, id, "reply", version(filed), "已回复 replied").status()).isEqualTo(200);

        clock.passTo(Instant.parse(control.get("complaint").get("replyDueAt").asString()));
        // The complaint filed beside it has had its run past the same instants.
        awaitHistory(id(control), h -> h.contains("reply-breached"));

        assertThat(history(id)).containsExactly("filed", "replied");
        JsonNode after = api.get("/api/complaints/" + id, agent).json();
        assertThat(after.get("complaint").get("escalationTier").asString()).isEmpty();
        assertThat(after.get("complaint").get("replyState").asString()).isEqualTo("met");
    }

    private List<String> awaitHistory(String id, Predicate<List<String>> done) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> history(id), done::test);
    }

    /** Entry types, escalations with the tier reached. */
    private List<String> history(String id) {
        List<String> types = new ArrayList<>();
        api.get("/api/complaints/" + id + "/history", tokens.of("huaxin-agent")).json().forEach(e -> types.add(
                e.get("type").asString().equals("escalated") ? "escalated " + e.get("data").get("to").asString()
                        : e.get("type").asString()));
        return types;
    }

    private static Predicate<Map<String, Object>> concerns(String id) {
        return message -> id.equals(message.get("complaintId"));
    }

    private static List<Map<String, Object>> readUntil(BlockingQueue<Map<String, Object>> queue,
            Predicate<Map<String, Object>> wanted) throws InterruptedException {
        List<Map<String, Object>> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> message = queue.poll(250, TimeUnit.MILLISECONDS);
            if (message != null) {
                seen.add(message);
                if (wanted.test(message)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("The awaited push never came; saw " + seen);
    }
}
