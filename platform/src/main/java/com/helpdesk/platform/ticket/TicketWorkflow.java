package com.helpdesk.platform.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.staff.StaffDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.calendar.Pause;
import com.helpdesk.tenantadmin.terms.TargetKind;

/**
 * Moves tickets through their lifecycle and keeps their clocks in step: first contact meets the
 * first response and starts the resolve clock, a wait for the customer pauses every clock and
 * pushes its due time back, on-site, restore and resolve meet their promises, a severity change
 * supersedes the running clocks with the new level's.
 *
 * <p>Every change locks the ticket's row, so concurrent changes to one ticket queue up. Changes
 * made by staff carry the version they read; a stale one is refused with 409 instead of silently
 * overwriting a colleague's change. Changes made by the platform (a partner's check-in, the IVR's
 * first contact) apply to whatever the ticket is now.
 */
@Service
public class TicketWorkflow {

    private final TenantTransactions transactions;
    private final TicketRepository tickets;
    private final ClockRepository clocks;
    private final TicketHistory history;
    private final TicketTerms terms;
    private final StaffDirectory staff;
    private final SlaAlarms alarms;
    private final TicketPushes pushes;
    private final Clock clock;

    TicketWorkflow(TenantTransactions transactions, TicketRepository tickets, ClockRepository clocks,
            TicketHistory history, TicketTerms terms, StaffDirectory staff, SlaAlarms alarms, TicketPushes pushes,
            Clock clock) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.clocks = clocks;
        this.history = history;
        this.terms = terms;
        this.staff = staff;
        this.alarms = alarms;
        this.pushes = pushes;
        this.clock = clock;
    }

    /** A staff member's status change on the version they read. */
    public Ticket changeStatus(TenantId tenant, UUID id, TicketStatus to, int version, String reason, Actor actor) {
        return change(tenant, id, version, actor, "status", (t, now) -> moved(tenant, t, to, reason, now, actor));
    }

    /** A change the platform makes on the ticket as it is now, such as a partner engineer's check-in. */
    public Ticket advance(TenantId tenant, UUID id, TicketStatus to, String reason, Actor actor) {
        return change(tenant, id, null, actor, "status", (t, now) -> moved(tenant, t, to, reason, now, actor));
    }

    /** Hands the ticket to a service partner (the partner feature checks who may do so). */
    public Ticket dispatchTo(TenantId tenant, UUID id, UUID partner, Actor actor) {
        return change(tenant, id, null, actor, "dispatched", (t, now) -> {
            Ticket withPartner = t.withPartner(partner);
            return withPartner.status() == TicketStatus.DISPATCHED ? withPartner
                    : moved(tenant, withPartner, TicketStatus.DISPATCHED, "dispatched to a service partner", now, actor);
        });
    }

    /** The partner gave the ticket back (refused the visit): it returns to the desk, acknowledged, without partner. */
    public Ticket returnFromPartner(TenantId tenant, UUID id, String reason, Actor actor) {
        return change(tenant, id, null, actor, "returned", (t, now) -> {
            Ticket withoutPartner = t.withPartner(null);
            return t.status() == TicketStatus.DISPATCHED
                    ? moved(tenant, withoutPartner, TicketStatus.ACKNOWLEDGED, reason, now, actor) : withoutPartner;
        });
    }

    /** Adds an entry to the ticket's history for what another feature did with it (a partner's answer). */
    public void record(TenantId tenant, UUID id, Actor actor, String type, Map<String, ?> data) {
        transactions.run(tenant, () -> history.record(tenant, id, clock.instant(), actor, type, data));
    }

    /** The first contact with the caller (an answered callback, an agent taking an IVR call), if none was made. */
    public Ticket recordContact(TenantId tenant, UUID id, Actor actor) {
        return change(tenant, id, null, actor, "contact", (t, now) -> t.firstContactAt() != null ? t
                : t.status() == TicketStatus.NEW ? moved(tenant, t, TicketStatus.ACKNOWLEDGED, "first contact", now, actor)
                : firstContact(tenant, t, now));
    }

    /**
     * A new severity: running clocks are superseded by the new level's, started at the same instants
     * and with the same waits left out; met clocks stay as they were.
     */
    public Ticket changeSeverity(TenantId tenant, UUID id, int severity, int version, String reason, Actor actor) {
        return change(tenant, id, version, actor, "severity", (t, now) -> {
            ClockPlanner planner = terms.version(tenant, t.termsVersion());
            if (planner.terms().terms().levels().stream().noneMatch(l -> l.code() == severity)) {
                Violations violations = Violations.collect();
                violations.add("severity", "must be one of the vendor's levels 1 to "
                        + planner.terms().terms().levels().size());
                violations.throwIfAny();
            }
            if (severity == t.severity()) {
                return t;
            }
            List<Pause> pauses = clocks.pauses(tenant, t.id());
            Set<TargetKind> kept = EnumSet.noneOf(TargetKind.class);
            for (SlaClock old : clocks.ofTicket(tenant, t.id())) {
                if (old.running()) {
                    clocks.update(tenant, old.superseded(now));
                }
                else if (old.metAt() != null && old.supersededAt() == null) {
                    kept.add(old.kind());
                }
            }
            // The new level's promises replace the running ones; a promise already kept stays kept.
            List<SlaClock> replacements = new ArrayList<>();
            planner.atReport(severity, t.regionCode(), t.reportedAt()).stream()
                .filter(c -> !kept.contains(c.kind()))
                .forEach(c -> replacements.add(planner.rescheduled(c, pauses)));
            if (t.firstContactAt() != null && !kept.contains(TargetKind.RESOLVE)) {
                replacements.addAll(planner.resolveClock(severity, t.firstContactAt(), pauses));
            }
            Instant waitingSince = t.status() == TicketStatus.WAITING_FOR_CUSTOMER ? now : null;
            clocks.insert(tenant, t.id(), replacements.stream()
                .map(c -> waitingSince == null ? c : c.paused(waitingSince)).toList());
            history.record(tenant, t.id(), now, actor, "severity", Map.of("from", t.severity(), "to", severity,
                    "reason", reason == null ? "" : reason));
            return t.withSeverity(severity);
        });
    }

    /** Gives the ticket to a staff member of the tenant, or to nobody. */
    public Ticket assign(TenantId tenant, UUID id, UUID assignee, int version, Actor actor) {
        if (assignee != null && !staff.isStaff(tenant, assignee)) {
            Violations violations = Violations.collect();
            violations.add("assigneeId", "names nobody on this vendor's staff");
            violations.throwIfAny();
        }
        return change(tenant, id, version, actor, "assigned", (t, now) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("from", t.assigneeId());
            data.put("to", assignee);
            history.record(tenant, t.id(), now, actor, "assigned", data);
            return t.withAssignee(assignee);
        });
    }

    private interface Step {
        Ticket apply(Ticket current, Instant now);
    }

    /** Locks, checks the version, applies, stores, re-arms the alarm; then tells the agents. */
    private Ticket change(TenantId tenant, UUID id, Integer version, Actor actor, String name, Step step) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            Ticket current = tickets.lock(tenant, id).orElseThrow(() -> new NotFoundException("Ticket", id));
            if (version != null && current.version() != version) {
                throw new OptimisticLockingFailureException("Ticket " + id + " is at version " + current.version());
            }
            Ticket next = step.apply(current, now);
            if (next.equals(current)) {
                return current;
            }
            Ticket stored = tickets.update(tenant, next, current.version(), now);
            alarms.arm(tenant, id, clocks.nextAlarm(tenant, id));
            pushes.changed(tenant, TicketChange.of(name, stored, now, ""));
            return stored;
        });
    }

    private Ticket moved(TenantId tenant, Ticket t, TicketStatus to, String reason, Instant now, Actor actor) {
        if (!t.status().mayGoTo(to, t.statusBeforeWait())) {
            throw new ConflictException("A ticket that is " + t.status().value() + " cannot become " + to.value()
                    + ".");
        }
        ClockPlanner planner = terms.version(tenant, t.termsVersion());
        if (t.status() == TicketStatus.WAITING_FOR_CUSTOMER) {
            resume(tenant, t.id(), planner, now);
        }
        Ticket next = t;
        if (to == TicketStatus.WAITING_FOR_CUSTOMER) {
            pause(tenant, t.id(), now, reason);
        }
        else if (t.firstContactAt() == null) {
            next = firstContact(tenant, t, now);
        }
        if (to == TicketStatus.REOPENED && next.firstContactAt() != null) {
            clocks.insert(tenant, t.id(), planner.resolveClock(t.severity(), now, List.of()));
        }
        List<String> met = meet(tenant, t.id(), ClockPlanner.metBy(to), now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", t.status().value());
        data.put("to", to.value());
        data.put("reason", reason == null ? "" : reason);
        data.put("met", met);
        history.record(tenant, t.id(), now, actor, "status", data);
        return next.withStatus(to, now);
    }

    /** First contact: meets the first-response clock and starts the resolve clock from now. */
    private Ticket firstContact(TenantId tenant, Ticket t, Instant now) {
        meet(tenant, t.id(), EnumSet.of(TargetKind.FIRST_RESPONSE), now);
        ClockPlanner planner = terms.version(tenant, t.termsVersion());
        clocks.insert(tenant, t.id(), planner.resolveClock(t.severity(), now, List.of()));
        return t.withFirstContact(now);
    }

    private List<String> meet(TenantId tenant, UUID ticket, Set<TargetKind> kinds, Instant now) {
        List<String> met = new ArrayList<>();
        for (SlaClock c : clocks.ofTicket(tenant, ticket)) {
            if (c.running() && kinds.contains(c.kind())) {
                clocks.update(tenant, c.met(now));
                met.add(SlaClock.kindValue(c.kind()) + (c.name().isEmpty() ? "" : ":" + c.name()));
            }
        }
        return met;
    }

    private void pause(TenantId tenant, UUID ticket, Instant now, String reason) {
        clocks.startPause(tenant, ticket, now, reason);
        for (SlaClock c : clocks.ofTicket(tenant, ticket)) {
            if (c.running()) {
                clocks.update(tenant, c.paused(now));
            }
        }
    }

    private void resume(TenantId tenant, UUID ticket, ClockPlanner planner, Instant now) {
        clocks.endPause(tenant, ticket, now);
        List<Pause> pauses = clocks.pauses(tenant, ticket);
        for (SlaClock c : clocks.ofTicket(tenant, ticket)) {
            if (c.running()) {
                clocks.update(tenant, planner.rescheduled(c, pauses));
            }
        }
    }
}
