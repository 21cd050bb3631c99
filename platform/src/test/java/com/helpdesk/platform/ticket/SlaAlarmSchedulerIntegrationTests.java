package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.support.StompTestClient.awaitReady;
import static com.helpdesk.platform.support.StompTestClient.probe;
import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static com.helpdesk.platform.ticket.EscalationFixtures.DESK;
import static com.helpdesk.platform.ticket.EscalationFixtures.WAIT;
import static com.helpdesk.platform.ticket.EscalationFixtures.alarms;
import static com.helpdesk.platform.ticket.EscalationFixtures.awaitAlarms;
import static com.helpdesk.platform.ticket.EscalationFixtures.clock;
import static com.helpdesk.platform.ticket.EscalationFixtures.openMajorFault;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.ForwardClock;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * The escalation scheduler as a platform node runs it: each warning and breach fires once at its
 * time, an escalation step moves the ticket to its tier, waits and kept promises stay quiet, and
 * alerts reach only the ticket's tenant. Time moves through a {@link ForwardClock}.
 */
@PlatformIntegrationTest
@Import(ForwardClock.Configuration.class)
// This context's scheduler runs hours ahead by the end; closing the context stops it before any
// later test class opens tickets that it would find due.
@DirtiesContext
class SlaAlarmSchedulerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketWorkflow workflow;

    @Autowired
    Escalations escalations;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    ForwardClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RealtimePushes pushes;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    Api api;

    @Test
    void warnsAndBreachesOnceEachAndEscalatesAtTheStepsDueTime() {
        TenantProfile huaxin = tenant("huaxin");
        TicketDetail opened = openMajorFault(tickets, huaxin, null);
        UUID id = opened.ticket().id();
        ClockView firstResponse = clock(opened, "first-response");

        clock.passTo(firstResponse.warnAt());
        awaitAlarms(tickets, huaxin.id(), id, a -> a.contains("clock-warning first-response"));
        clock.passTo(firstResponse.dueAt());
        awaitAlarms(tickets, huaxin.id(), id, a -> a.contains("clock-breached first-response"));
        clock.passTo(clock(opened, "escalation").dueAt());
        List<String> fired = awaitAlarms(tickets, huaxin.id(), id, a -> a.contains("escalated escalation"));

        // Three runs at least, and still each alarm once.
        assertThat(fired).containsExactly("clock-warning first-response", "clock-breached first-response",
                "clock-warning escalation", "escalated escalation");
        TicketDetail now = tickets.read(huaxin.id(), id);
        assertThat(now.ticket().escalationTier()).isEqualTo("second-line");
        assertThat(now.ticket().version()).isEqualTo(opened.ticket().version() + 1);
        assertThat(clock(now, "first-response").state()).isEqualTo(SlaClock.State.BREACHED);
        TicketHistory.Entry escalated = tickets.history(huaxin.id(), id).getLast();
        assertThat(escalated.actorName()).isEqualTo(Actor.SCHEDULER.name());
        assertThat(escalated.data().get("from").asString()).isEmpty();
        assertThat(escalated.data().get("to").asString()).isEqualTo("second-line");
    }

    @Test
    void firesNothingWhileTheTicketWaitsForTheCustomer() {
        TenantProfile huaxin = tenant("huaxin");
        TicketDetail waiting = openMajorFault(tickets, huaxin, null);
        UUID waitingId = waiting.ticket().id();
        UUID controlId = openMajorFault(tickets, huaxin, null).ticket().id();

        workflow.changeStatus(huaxin.id(), waitingId, TicketStatus.WAITING_FOR_CUSTOMER, waiting.ticket().version(),
                "waiting for photos of the ports", DESK);
        assertThat(alarmRows(waitingId)).as("every clock paused: nothing left to watch").isZero();

        clock.passTo(clock(waiting, "escalation").dueAt());
        // The ticket opened beside it has had its run, past the same instants.
        awaitAlarms(tickets, huaxin.id(), controlId, a -> a.contains("escalated escalation"));
        // And a run that found the paused ticket due (one armed before the wait) fires nothing either.
        AtomicReference<Optional<Instant>> next = new AtomicReference<>();
        escalations.fire(huaxin.id(), waitingId, (at, now) -> next.set(at));

        assertThat(alarms(tickets, huaxin.id(), waitingId)).isEmpty();
        assertThat(next.get()).isEmpty();
        assertThat(tickets.read(huaxin.id(), waitingId).ticket().escalationTier()).isEmpty();
    }

    @Test
    void leavesAKeptPromiseAlone() {
        TenantProfile huaxin = tenant("huaxin");
        TicketDetail opened = openMajorFault(tickets, huaxin, null);
        UUID id = opened.ticket().id();
        workflow.recordContact(huaxin.id(), id, DESK);

        clock.passTo(clock(opened, "escalation").dueAt());
        List<String> fired = awaitAlarms(tickets, huaxin.id(), id, a -> a.contains("escalated escalation"));

        // The run that escalated looked at the first response too, long past its due time.
        assertThat(fired).containsExactly("clock-warning escalation", "escalated escalation");
    }

    @Test
    void alertsReachTheTicketsTenantAndAssigneeOnly() throws Exception {
        TenantProfile kunlun = tenant("kunlun");
        TenantProfile huaxin = tenant("huaxin");
        String kunlunToken = tokens.of("kunlun-agent");
        UUID kunlunAgent = userIdOf(kunlunToken);
        // Any request registers the agent as kunlun staff, whom a ticket may then be assigned to.
        assertThat(api.get("/api/me", kunlunToken).status()).isEqualTo(200);
        try (StompTestClient kunlunDesk = StompTestClient.connect(port, kunlunToken);
                StompTestClient huaxinDesk = StompTestClient.connect(port, tokens.of("huaxin-agent"))) {
            var kunlunAlerts = kunlunDesk.subscribe("/topic/tenants/kunlun/alerts");
            var assigneeAlerts = kunlunDesk.subscribe("/user/queue/alerts");
            var huaxinAlerts = huaxinDesk.subscribe("/topic/tenants/huaxin/alerts");
            awaitReady(kunlunAlerts, () -> pushes.toTenant(kunlun.id(), "alerts", probe()));
            awaitReady(assigneeAlerts, () -> pushes.toStaff(kunlun.id(), kunlunAgent, "alerts", probe()));
            awaitReady(huaxinAlerts, () -> pushes.toTenant(huaxin.id(), "alerts", probe()));

            TicketDetail kunlunTicket = tickets.open(kunlun, new TicketIntake("web", 1, null, null,
                    new TicketIntake.Caller("王先生", null), null, null, "server", null, null, "服务器宕机 server down",
                    kunlunAgent), DESK);
            clock.passTo(earliestWarning(kunlunTicket));
            Map<String, Object> kunlunAlert = readUntil(kunlunAlerts, concerns(kunlunTicket)).getLast();
            assertThat(kunlunAlert).containsEntry("kind", "warning")
                .containsEntry("number", (int) kunlunTicket.ticket().number());
            assertThat(readUntil(assigneeAlerts, concerns(kunlunTicket)).getLast()).isEqualTo(kunlunAlert);

            // Fired after kunlun's: had kunlun's alert leaked, huaxin's desk would have it first.
            TicketDetail huaxinTicket = openMajorFault(tickets, huaxin, null);
            clock.passTo(clock(huaxinTicket, "first-response").warnAt());
            List<Map<String, Object>> seenByHuaxin = readUntil(huaxinAlerts, concerns(huaxinTicket));
            assertThat(seenByHuaxin).noneMatch(concerns(kunlunTicket));
            // And kunlun's desk, read up to a marker sent after huaxin's alert, never saw that one.
            pushes.toTenant(kunlun.id(), "alerts", Map.of("marker", true));
            assertThat(readUntil(kunlunAlerts, m -> m.containsKey("marker"))).noneMatch(concerns(huaxinTicket));
        }
    }

    private TenantProfile tenant(String slug) {
        return tenants.findBySlug(slug).orElseThrow();
    }

    private int alarmRows(UUID ticket) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = :task and task_instance like :id")
            .param("task", SlaAlarmScheduler.TASK)
            .param("id", "%:" + ticket)
            .query(Integer.class)
            .single();
    }

    private static Instant earliestWarning(TicketDetail detail) {
        return detail.clocks().stream()
            .filter(c -> c.metAt() == null)
            .map(ClockView::warnAt)
            .min(Instant::compareTo)
            .orElseThrow();
    }

    private static Predicate<Map<String, Object>> concerns(TicketDetail detail) {
        return message -> detail.ticket().id().toString().equals(message.get("ticketId"));
    }

    /** Every push read until one matches, that one last; other tests' tickets may alert meanwhile. */
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
