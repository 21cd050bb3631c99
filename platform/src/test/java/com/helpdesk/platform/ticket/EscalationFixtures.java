package com.helpdesk.platform.ticket;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;

/** Tickets whose alarms the escalation tests fire, and their alarm history read back. */
final class EscalationFixtures {

    /** Generous: a wait for the scheduler's next poll, never a measurement. */
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Actor DESK = new Actor(null, "escalation test");
    private static final Set<String> ALARM_TYPES = Set.of("clock-warning", "clock-breached", "escalated");

    private EscalationFixtures() {
    }

    /**
     * A huaxin severity-2 fault reported on the web, so nothing is met yet. Its clocks all run
     * around the clock: first response 10 min (warns at 7.5), escalation to second-line at 30 min,
     * restore 4 h, spare unit 8 h; no region, so no on-site clock.
     */
    static TicketDetail openMajorFault(Tickets tickets, TenantProfile tenant, UUID assignee) {
        return tickets.open(tenant, new TicketIntake("web", 2, null, null, new TicketIntake.Caller("李工", null), null,
                null, null, null, null, "核心交换机端口闪断 core switch ports flapping", assignee), DESK);
    }

    static ClockView clock(TicketDetail detail, String kind) {
        return detail.clocks().stream()
            .filter(c -> c.kind().equals(kind) && c.supersededAt() == null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + kind + " clock in " + detail.clocks()));
    }

    /** The ticket's alarm entries as "type clock", e.g. {@code "clock-warning first-response"}, in order. */
    static List<String> alarms(Tickets tickets, TenantId tenant, UUID ticket) {
        return tickets.history(tenant, ticket).stream()
            .filter(e -> ALARM_TYPES.contains(e.type()))
            .map(e -> e.type() + " " + e.data().get("clock").asString())
            .toList();
    }

    /** Polls the ticket's alarm entries until {@code done} holds, and returns them. */
    static List<String> awaitAlarms(Tickets tickets, TenantId tenant, UUID ticket, Predicate<List<String>> done) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
            .until(() -> alarms(tickets, tenant, ticket), done::test);
    }
}
