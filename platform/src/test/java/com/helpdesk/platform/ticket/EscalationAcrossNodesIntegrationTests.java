package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.ticket.EscalationFixtures.alarms;
import static com.helpdesk.platform.ticket.EscalationFixtures.awaitAlarms;
import static com.helpdesk.platform.ticket.EscalationFixtures.clock;
import static com.helpdesk.platform.ticket.EscalationFixtures.openMajorFault;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.helpdesk.platform.support.ForwardClock;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * Several platform nodes on one database: no alarm fires twice, and a node that starts after a
 * downtime fires what fell due meanwhile. Each test runs the nodes it needs (db-scheduler
 * {@link Scheduler}s built as the platform builds its own) on the time of a {@link ForwardClock}.
 */
@PlatformIntegrationTest
@Import(ForwardClock.Configuration.class)
// The context's own node stays down, so the only nodes running are the test's.
@TestPropertySource(properties = "helpdesk.sla.scheduler-enabled=false")
// Its clock runs ahead; no later test class should get this context from the cache.
@DirtiesContext
class EscalationAcrossNodesIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(EscalationAcrossNodesIntegrationTests.class);
    private static final List<String> ALL_FOUR = List.of("clock-warning first-response",
            "clock-breached first-response", "clock-warning escalation", "escalated escalation");

    @Autowired
    SlaAlarmNodes nodes;

    @Autowired
    Tickets tickets;

    @Autowired
    Escalations escalations;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    ForwardClock clock;

    private final List<Scheduler> running = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        running.forEach(Scheduler::stop);
        running.clear();
    }

    @Test
    void twoNodesFireEachOfManyAlarmsOnce() {
        TenantProfile huaxin = tenants.findBySlug("huaxin").orElseThrow();
        List<TicketDetail> opened = IntStream.range(0, 40).mapToObj(i -> openMajorFault(tickets, huaxin, null))
            .toList();
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        start("node-a", runs);
        start("node-b", runs);

        // Four alarms of each ticket fall due at once for both nodes.
        clock.passTo(opened.stream().map(t -> clock(t, "escalation").dueAt()).max(Instant::compareTo).orElseThrow());

        for (TicketDetail ticket : opened) {
            List<String> fired = awaitAlarms(tickets, huaxin.id(), ticket.ticket().id(),
                    a -> a.contains("escalated escalation"));
            assertThat(fired).as("ticket %d", ticket.ticket().number()).containsExactlyElementsOf(ALL_FOUR);
        }
        log.info("Runs per node: {}", runs);
    }

    @Test
    void twoRunsOfOneAlarmAtOnceFireItOnce() throws Exception {
        TenantProfile huaxin = tenants.findBySlug("huaxin").orElseThrow();
        UUID id = openMajorFault(tickets, huaxin, null).ticket().id();
        clock.passTo(clock(tickets.read(huaxin.id(), id), "escalation").dueAt());

        // As when a node is taken for dead while it still fires and another node fires the same alarm.
        try (ExecutorService twoNodes = Executors.newFixedThreadPool(2)) {
            List<Future<?>> both = IntStream.range(0, 2)
                .<Future<?>>mapToObj(i -> twoNodes.submit(() -> escalations.fire(huaxin.id(), id, (next, now) -> {
                })))
                .toList();
            for (Future<?> run : both) {
                run.get(EscalationFixtures.WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }

        assertThat(alarms(tickets, huaxin.id(), id)).containsExactlyElementsOf(ALL_FOUR);
        assertThat(tickets.read(huaxin.id(), id).ticket().version()).isEqualTo(1);
    }

    @Test
    void catchesUpAfterADowntimeOnWhatFellDueMeanwhile() {
        TenantProfile huaxin = tenants.findBySlug("huaxin").orElseThrow();
        TicketDetail opened = openMajorFault(tickets, huaxin, null);
        UUID id = opened.ticket().id();
        ClockView firstResponse = clock(opened, "first-response");
        Scheduler beforeRestart = start("before-restart", new ConcurrentHashMap<>());
        clock.passTo(firstResponse.warnAt());
        awaitAlarms(tickets, huaxin.id(), id, a -> a.contains("clock-warning first-response"));

        beforeRestart.stop();
        running.remove(beforeRestart);
        // While no node runs, the first response falls due, and the escalation step after it.
        clock.passTo(clock(opened, "escalation").dueAt());
        assertThat(alarms(tickets, huaxin.id(), id)).containsExactly("clock-warning first-response");

        start("after-restart", new ConcurrentHashMap<>());
        List<String> fired = awaitAlarms(tickets, huaxin.id(), id, a -> a.contains("escalated escalation"));

        assertThat(fired).containsExactlyElementsOf(ALL_FOUR);
        assertThat(tickets.read(huaxin.id(), id).ticket().escalationTier()).isEqualTo("second-line");
    }

    /** A node with a name of its own (db-scheduler marks picked rows with it), counting its runs. */
    private Scheduler start(String name, Map<String, AtomicInteger> runs) {
        Scheduler node = nodes.build(name + "-" + UUID.randomUUID().toString().substring(0, 8));
        node.registerSchedulerListener(new AbstractSchedulerListener() {
            @Override
            public void onExecutionStart(CurrentlyExecuting execution) {
                runs.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            }
        });
        node.start();
        running.add(node);
        return node;
    }
}
