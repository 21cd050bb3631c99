package com.helpdesk.platform.complaint;

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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.complaint.ComplaintLedger.EscalationStep;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.security.Role;
import com.helpdesk.platform.staff.StaffDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.ticket.TenantAlarmTask;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Moves unanswered complaints up the tiers: the scheduler fires each step that fell due and the
 * reply breach, once each (the marks are conditional updates), and a supervisor may escalate by
 * hand. After the commit the tenant's supervisors are told on {@code /user/queue/complaints}.
 */
@Service
class ComplaintEscalations {

    static final String QUEUE = "complaints";
    private static final Logger log = LoggerFactory.getLogger(ComplaintEscalations.class);

    private final TenantTransactions transactions;
    private final ComplaintRepository complaints;
    private final ComplaintLedger ledger;
    private final ComplaintAlarms alarms;
    private final ComplaintSettings settings;
    private final StaffDirectory staff;
    private final RealtimePushes pushes;
    private final Clock clock;

    ComplaintEscalations(TenantTransactions transactions, ComplaintRepository complaints, ComplaintLedger ledger,
            ComplaintAlarms alarms, ComplaintSettings settings, StaffDirectory staff, RealtimePushes pushes,
            Clock clock) {
        this.transactions = transactions;
        this.complaints = complaints;
        this.ledger = ledger;
        this.alarms = alarms;
        this.settings = settings;
        this.staff = staff;
        this.pushes = pushes;
        this.clock = clock;
    }

    /** The scheduler's run for one complaint. */
    void fire(TenantId tenant, UUID id, TenantAlarmTask.Rearm rearm) {
        List<ComplaintAlert> alerts = transactions.call(tenant, () -> {
            Instant now = clock.instant();
            Optional<Complaint> locked = complaints.lock(tenant, id);
            if (locked.isEmpty()) {
                rearm.at(Optional.empty(), now);
                return List.<ComplaintAlert>of();
            }
            Complaint before = locked.get();
            Complaint c = before;
            List<ComplaintAlert> fired = new ArrayList<>();
            if (c.status() == ComplaintStatus.OPEN) {
                for (EscalationStep step : ledger.steps(tenant, id)) {
                    if (step.firedAt() == null && !step.dueAt().isAfter(now)
                            && ledger.markFired(tenant, id, step.step(), step.dueAt())) {
                        ledger.record(tenant, id, now, null, Actor.SCHEDULER.name(), "escalated",
                                change(c.escalationTier(), step.tier(), step.dueAt()));
                        c = c.withTier(step.tier());
                        fired.add(ComplaintAlert.of("escalation", c));
                    }
                }
                if (c.replyDueAt() != null && c.replyBreachedAt() == null && !c.replyDueAt().isAfter(now)) {
                    c = c.withBreach(c.replyDueAt());
                    ledger.record(tenant, id, now, null, Actor.SCHEDULER.name(), "reply-breached",
                            Map.of("dueAt", c.replyDueAt().toString()));
                    fired.add(ComplaintAlert.of("breach", c));
                }
            }
            Complaint stored = c.equals(before) ? before : complaints.update(tenant, c, before.version(), now);
            rearm.at(ComplaintAlarms.next(stored, ledger.steps(tenant, id)), now);
            return fired;
        });
        announce(tenant, alerts);
    }

    /** A supervisor sends the complaint to the next tier now, ahead of the chain. */
    ComplaintDetail escalate(TenantId tenant, UUID id, int version, String reason, Actor actor) {
        Escalated escalated = transactions.call(tenant, () -> {
            Instant now = clock.instant();
            Complaint c = complaints.lock(tenant, id).orElseThrow(() -> new NotFoundException("Complaint", id));
            if (c.version() != version) {
                throw new OptimisticLockingFailureException("Complaint " + id + " is at version " + c.version());
            }
            if (c.status() == ComplaintStatus.RESOLVED || c.status() == ComplaintStatus.CLOSED) {
                throw new ConflictException("Complaint " + c.number() + " is already " + c.status().value() + ".");
            }
            String tier = nextTier(c.escalationTier())
                .orElseThrow(() -> new ConflictException("Complaint " + c.number() + " is already with the top tier ("
                        + c.escalationTier() + ")."));
            List<EscalationStep> steps = ledger.steps(tenant, id);
            steps.stream().filter(s -> s.tier().equals(tier)).findFirst()
                .ifPresent(s -> ledger.markFired(tenant, id, s.step(), now));
            Map<String, Object> data = change(c.escalationTier(), tier, null);
            data.put("reason", reason);
            ledger.record(tenant, id, now, actor.id(), actor.name(), "escalated", data);
            Complaint stored = complaints.update(tenant, c.withTier(tier), version, now);
            alarms.arm(tenant, id, ComplaintAlarms.next(stored, ledger.steps(tenant, id)));
            return new Escalated(new ComplaintDetail(ComplaintView.of(stored, now), ledger.steps(tenant, id),
                    ledger.links(tenant, id, "ticket"), ledger.links(tenant, id, "staff"), ledger.notes(tenant, id)),
                    ComplaintAlert.of("escalation", stored));
        });
        announce(tenant, List.of(escalated.alert()));
        return escalated.detail();
    }

    private record Escalated(ComplaintDetail detail, ComplaintAlert alert) {
    }

    private Optional<String> nextTier(String current) {
        List<ComplaintSettings.Step> chain = settings.escalation();
        int at = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).tier().equals(current)) {
                at = i;
            }
        }
        return at + 1 < chain.size() ? Optional.of(chain.get(at + 1).tier()) : Optional.empty();
    }

    /** After the commit, so nobody is told of an escalation that rolled back. */
    private void announce(TenantId tenant, List<ComplaintAlert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        try {
            List<UUID> supervisors = staff.holdersOf(tenant, Role.SUPERVISOR);
            for (ComplaintAlert alert : alerts) {
                supervisors.forEach(s -> pushes.toStaff(tenant, s, QUEUE, alert));
                pushes.toTenant(tenant, QUEUE, alert);
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not tell the supervisors of tenant {} about complaint alerts: {}", tenant, e.getMessage());
        }
    }

    private static Map<String, Object> change(String from, String to, Instant dueAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", from);
        data.put("to", to);
        if (dueAt != null) {
            data.put("dueAt", dueAt.toString());
        }
        return data;
    }

    /**
     * What supervisors' browsers are told.
     *
     * @param kind {@code escalation} or {@code breach}
     */
    record ComplaintAlert(String kind, UUID complaintId, long number, String subject, String tier,
            Instant replyDueAt) {

        static ComplaintAlert of(String kind, Complaint c) {
            return new ComplaintAlert(kind, c.id(), c.number(), c.subject(), c.escalationTier(), c.replyDueAt());
        }
    }
}
