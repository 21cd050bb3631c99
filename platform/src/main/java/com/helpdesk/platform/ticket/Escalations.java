package com.helpdesk.platform.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Fires a ticket's due SLA alarms: marks each warning and breach on its clock, moves the ticket to
 * the tier of an escalation step that fell due, writes one history entry per alarm and re-arms the
 * ticket's alarm, all under the ticket's row lock; then tells the agents.
 *
 * <p>Firing twice is harmless: the marks are conditional updates, so an alarm that another node (or
 * an earlier run) already fired is skipped, and its history entry and alert are not repeated.
 */
@Service
class Escalations {

    static final String ALERTS = "alerts";
    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final TenantTransactions transactions;
    private final TicketRepository tickets;
    private final ClockRepository clocks;
    private final TicketHistory history;
    private final RealtimePushes pushes;
    private final TicketPushes ticketPushes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalations(TenantTransactions transactions, TicketRepository tickets, ClockRepository clocks,
            TicketHistory history, RealtimePushes pushes, TicketPushes ticketPushes, ApplicationEventPublisher events,
            Clock clock) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.clocks = clocks;
        this.history = history;
        this.pushes = pushes;
        this.ticketPushes = ticketPushes;
        this.events = events;
        this.clock = clock;
    }

    /** Stores when the ticket next needs the scheduler; called inside the ticket's transaction. */
    @FunctionalInterface
    interface Rearm {
        void at(Optional<Instant> next, Instant now);
    }

    /** Fires what is due on the ticket now; {@code rearm} learns when the ticket is due next. */
    void fire(TenantId tenant, UUID ticketId, Rearm rearm) {
        Fired fired = transactions.call(tenant, () -> {
            Optional<Ticket> locked = tickets.lock(tenant, ticketId);
            Instant now = clock.instant();
            if (locked.isEmpty()) {
                rearm.at(Optional.empty(), now);
                return null;
            }
            Fired result = fireDue(tenant, locked.get(), now);
            result.alerts().forEach(alert -> events.publishEvent(
                    new SlaAlertRaised(tenant, result.ticket().assigneeId(), alert)));
            rearm.at(clocks.nextAlarm(tenant, ticketId), now);
            return result;
        });
        if (fired != null && !fired.alerts().isEmpty()) {
            announce(tenant, fired);
        }
    }

    private Fired fireDue(TenantId tenant, Ticket before, Instant now) {
        Ticket ticket = before;
        List<SlaAlert> alerts = new ArrayList<>();
        String last = "";
        for (SlaAlarm alarm : SlaAlarm.due(clocks.ofTicket(tenant, before.id()), now)) {
            boolean first = alarm.kind() == SlaAlarm.Kind.WARNING
                    ? clocks.markWarned(tenant, alarm.clock().id(), alarm.at())
                    : clocks.markBreached(tenant, alarm.clock().id(), alarm.at());
            if (!first) {
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("clock", SlaClock.kindValue(alarm.clock().kind()));
            data.put("name", alarm.clock().name());
            data.put("dueAt", alarm.clock().dueAt().toString());
            if (alarm.kind() == SlaAlarm.Kind.ESCALATION) {
                data.put("from", ticket.escalationTier());
                data.put("to", alarm.clock().name());
                ticket = ticket.withEscalationTier(alarm.clock().name());
            }
            history.record(tenant, before.id(), now, Actor.SCHEDULER, alarm.kind().historyType(), data);
            alerts.add(SlaAlert.of(alarm, ticket));
            last = alarm.kind().historyType();
        }
        Ticket stored = ticket.equals(before) ? before : tickets.update(tenant, ticket, before.version(), now);
        return new Fired(stored, alerts, last, now);
    }

    /**
     * After the commit, so nobody is alerted to a firing that rolled back. The alerts go to the
     * tenant's desk and to the ticket's assignee; the ticket change lets boards update the row.
     */
    private void announce(TenantId tenant, Fired fired) {
        UUID assignee = fired.ticket().assigneeId();
        for (SlaAlert alert : fired.alerts()) {
            try {
                pushes.toTenant(tenant, ALERTS, alert);
                if (assignee != null) {
                    pushes.toStaff(tenant, assignee, ALERTS, alert);
                }
            }
            catch (RuntimeException e) {
                log.warn("Could not push the {} alert of ticket {}: {}", alert.kind(), alert.number(), e.getMessage());
            }
        }
        ticketPushes.changed(tenant, TicketChange.of(fired.lastType(), fired.ticket(), fired.at(), ""));
    }

    /** What one run fired; {@code lastType} is the history type of the latest alarm. */
    private record Fired(Ticket ticket, List<SlaAlert> alerts, String lastType, Instant at) {
    }
}
