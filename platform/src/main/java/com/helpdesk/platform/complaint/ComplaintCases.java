package com.helpdesk.platform.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.helpdesk.platform.complaint.ComplaintLedger.EscalationStep;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.terms.TermsClocks;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.terms.ClockKind;
import com.helpdesk.tenantadmin.terms.Target;
import com.helpdesk.tenantadmin.terms.TermsClock;

/**
 * Files complaints, from any channel, and reads them. Filing fixes the terms' reply target
 * (complaintReply) and lays out the escalation chain on that target's clock, then arms the
 * complaint's durable alarm, all in one transaction.
 */
@Service
public class ComplaintCases {

    private final TenantTransactions transactions;
    private final ComplaintRepository complaints;
    private final ComplaintLedger ledger;
    private final ComplaintAlarms alarms;
    private final TermsClocks terms;
    private final ComplaintSettings settings;
    private final Clock clock;

    ComplaintCases(TenantTransactions transactions, ComplaintRepository complaints, ComplaintLedger ledger,
            ComplaintAlarms alarms, TermsClocks terms, ComplaintSettings settings, Clock clock) {
        this.transactions = transactions;
        this.complaints = complaints;
        this.ledger = ledger;
        this.alarms = alarms;
        this.terms = terms;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Files a checked complaint; links and staff were checked against the tenant by the caller.
     * The receipt says when the reply is due (absent when the terms promise no reply time).
     */
    public Filed file(TenantId tenant, NewComplaint n, Actor actor) {
        Instant now = clock.instant();
        Optional<TermsClock> termsClock = terms.current(tenant);
        Target target = termsClock.map(c -> c.terms().complaintReply()).orElse(null);
        Instant due = target == null ? null : termsClock.get().due(target, now);
        UUID id = UUID.randomUUID();
        long number = transactions.call(tenant, () -> {
            long next = complaints.nextNumber();
            Complaint complaint = new Complaint(id, next, n.channel(), ComplaintStatus.OPEN, n.subject(), n.text(),
                    n.complainant(), n.callerPhone(), n.customerId(), n.assigneeId(), "",
                    termsClock.map(c -> c.terms().version()).orElse(null), target == null ? null : target.within(),
                    target == null ? null : clockValue(target.clock()), due, null, "", null, "", null, null,
                    n.linkedId(), n.recordingRef(), now, 0);
            complaints.insert(tenant, complaint, actor.id());
            if (!n.recordingRef().isEmpty()) {
                complaints.recording(tenant, id, n.recordingMs(), n.language());
            }
            List<EscalationStep> steps = target == null ? List.of() : chain(termsClock.get(), target, now);
            steps.forEach(step -> ledger.addStep(tenant, id, step));
            n.ticketIds().forEach(t -> ledger.link(tenant, id, "ticket", t));
            n.staffIds().forEach(s -> ledger.link(tenant, id, "staff", s));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("channel", n.channel());
            data.put("replyDueAt", due == null ? null : due.toString());
            ledger.record(tenant, id, now, actor.id(), actor.name(), "filed", data);
            alarms.arm(tenant, id, ComplaintAlarms.next(complaint, steps));
            return next;
        });
        return new Filed(id, number, target, due, now);
    }

    ComplaintDetail read(TenantId tenant, UUID id) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> detail(tenant,
                complaints.find(tenant, id).orElseThrow(() -> new NotFoundException("Complaint", id)), now));
    }

    ComplaintPage list(TenantId tenant, ComplaintFilter filter, int page, int size) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> complaints.list(tenant, filter, page, size, now));
    }

    List<ComplaintLedger.HistoryEntry> history(TenantId tenant, UUID id) {
        return transactions.call(tenant, () -> {
            complaints.find(tenant, id).orElseThrow(() -> new NotFoundException("Complaint", id));
            return ledger.history(tenant, id);
        });
    }

    /** Inside the tenant's transaction. */
    ComplaintDetail detail(TenantId tenant, Complaint c, Instant now) {
        return new ComplaintDetail(ComplaintView.of(c, now), ledger.steps(tenant, c.id()),
                ledger.links(tenant, c.id(), "ticket"), ledger.links(tenant, c.id(), "staff"),
                ledger.notes(tenant, c.id()));
    }

    /** Each tier at its share of the reply target, on the target's own clock. */
    private List<EscalationStep> chain(TermsClock termsClock, Target target, Instant start) {
        List<EscalationStep> steps = new ArrayList<>();
        List<ComplaintSettings.Step> chain = settings.escalation();
        for (int i = 0; i < chain.size(); i++) {
            Duration after = Duration.ofMillis(Math.round(target.within().toMillis() * chain.get(i).share()));
            steps.add(new EscalationStep(i, chain.get(i).tier(),
                    termsClock.calculator(target.clock()).add(start, after), null));
        }
        return steps;
    }

    static String clockValue(ClockKind kind) {
        return kind == ClockKind.BUSINESS ? "business" : "around-the-clock";
    }

    /**
     * A filed complaint's receipt.
     *
     * @param target the reply promised; null when the terms promise none
     * @param dueAt  when the reply is due; null when none is promised
     */
    public record Filed(UUID id, long number, Target target, Instant dueAt, Instant filedAt) {
    }
}
