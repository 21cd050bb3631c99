package com.helpdesk.platform.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;

/**
 * A complaint's life after filing: reply (stops the reply clock and the escalation chain), resolve,
 * close, notes and links. Every change carries the version the client read; a stale one is 409.
 */
@Service
class ComplaintWorkflow {

    private final TenantTransactions transactions;
    private final ComplaintRepository complaints;
    private final ComplaintLedger ledger;
    private final ComplaintAlarms alarms;
    private final ComplaintCases cases;
    private final Clock clock;

    ComplaintWorkflow(TenantTransactions transactions, ComplaintRepository complaints, ComplaintLedger ledger,
            ComplaintAlarms alarms, ComplaintCases cases, Clock clock) {
        this.transactions = transactions;
        this.complaints = complaints;
        this.ledger = ledger;
        this.alarms = alarms;
        this.cases = cases;
        this.clock = clock;
    }

    ComplaintDetail reply(TenantId tenant, UUID id, int version, String reply, Actor actor) {
        return change(tenant, id, version, actor, "replied", Map.of("reply", reply), c -> {
            if (c.status() != ComplaintStatus.OPEN) {
                throw new ConflictException("Complaint " + c.number() + " is " + c.status().value()
                        + "; only an open complaint is replied to.");
            }
            return c.replied(reply, clock.instant());
        });
    }

    ComplaintDetail resolve(TenantId tenant, UUID id, int version, String outcome, Actor actor) {
        return change(tenant, id, version, actor, "resolved", Map.of("outcome", outcome), c -> {
            if (c.status() != ComplaintStatus.REPLIED) {
                throw new ConflictException("Complaint " + c.number() + " is " + c.status().value()
                        + "; reply to the complainant before resolving it.");
            }
            return c.resolved(outcome, clock.instant());
        });
    }

    ComplaintDetail close(TenantId tenant, UUID id, int version, String reason, Actor actor) {
        return change(tenant, id, version, actor, "closed", Map.of("reason", reason), c -> {
            if (c.status() == ComplaintStatus.CLOSED) {
                throw new ConflictException("Complaint " + c.number() + " is already closed.");
            }
            return c.closed(clock.instant());
        });
    }

    ComplaintLedger.Note note(TenantId tenant, UUID id, String body, Actor actor) {
        return transactions.call(tenant, () -> {
            complaints.find(tenant, id).orElseThrow(() -> new NotFoundException("Complaint", id));
            Instant now = clock.instant();
            ledger.record(tenant, id, now, actor.id(), actor.name(), "note", Map.of());
            return ledger.addNote(tenant, id, actor.id(), actor.name(), body, now);
        });
    }

    /** Adds links to tickets and staff; those were checked against the tenant by the caller. */
    ComplaintDetail link(TenantId tenant, UUID id, ComplaintRequests.Links links, Actor actor) {
        return transactions.call(tenant, () -> {
            Complaint c = complaints.find(tenant, id).orElseThrow(() -> new NotFoundException("Complaint", id));
            Instant now = clock.instant();
            links.ticketIds().forEach(t -> ledger.link(tenant, id, "ticket", t));
            links.staffIds().forEach(s -> ledger.link(tenant, id, "staff", s));
            ledger.record(tenant, id, now, actor.id(), actor.name(), "linked",
                    Map.of("tickets", links.ticketIds().toString(), "staff", links.staffIds().toString()));
            return cases.detail(tenant, c, now);
        });
    }

    private ComplaintDetail change(TenantId tenant, UUID id, int version, Actor actor, String type,
            Map<String, ?> data, UnaryOperator<Complaint> step) {
        return transactions.call(tenant, () -> {
            Complaint before = complaints.lock(tenant, id).orElseThrow(() -> new NotFoundException("Complaint", id));
            if (before.version() != version) {
                throw new OptimisticLockingFailureException("Complaint " + id + " is at version " + before.version());
            }
            Instant now = clock.instant();
            Complaint stored = complaints.update(tenant, step.apply(before), version, now);
            ledger.record(tenant, id, now, actor.id(), actor.name(), type, data);
            alarms.arm(tenant, id, ComplaintAlarms.next(stored, ledger.steps(tenant, id)));
            return cases.detail(tenant, stored, now);
        });
    }
}
