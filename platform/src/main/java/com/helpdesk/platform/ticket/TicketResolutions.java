package com.helpdesk.platform.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.ticket.RepairedDevices.RepairedDevice;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ServiceTerms;

/**
 * Records how a ticket was resolved and resolves it. In one transaction: the charge is worked out
 * from the ticket's terms version, the ticket moves to resolved through {@link TicketWorkflow}
 * (which refuses a stale version), the record and its history entry are stored, and
 * {@link TicketResolved} is published into the event publication registry. A refusal at any step
 * leaves no record, no status change and no event.
 */
@Service
class TicketResolutions {

    static final int SEVERE = 1;

    private final TenantTransactions transactions;
    private final TicketRepository tickets;
    private final TicketWorkflow workflow;
    private final TicketTerms terms;
    private final TicketHistory history;
    private final ResolutionRepository resolutions;
    private final RepairedDevices devices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketResolutions(TenantTransactions transactions, TicketRepository tickets, TicketWorkflow workflow,
            TicketTerms terms, TicketHistory history, ResolutionRepository resolutions, RepairedDevices devices,
            ApplicationEventPublisher events, Clock clock) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.workflow = workflow;
        this.terms = terms;
        this.history = history;
        this.resolutions = resolutions;
        this.devices = devices;
        this.events = events;
        this.clock = clock;
    }

    Resolution read(TenantId tenant, UUID ticket) {
        return transactions.call(tenant, () -> resolutions.find(tenant, ticket)
            .orElseThrow(() -> new NotFoundException("Resolution of ticket", ticket)));
    }

    /** Resolves the ticket with this record; the ticket as it is afterwards, and the record. */
    Resolved resolve(TenantProfile tenant, UUID id, ResolutionRequest request, Actor actor) {
        TenantId tenantId = tenant.id();
        Instant now = clock.instant();
        Violations violations = Violations.collect();
        ResolutionRequest.Checked checked = request.check(violations, now);
        return transactions.call(tenantId, () -> {
            Ticket ticket = tickets.lock(tenantId, id).orElseThrow(() -> new NotFoundException("Ticket", id));
            refuseIfSettled(ticket, request.version());
            ServiceTerms ticketTerms = terms.version(tenantId, ticket.termsVersion()).terms().terms();
            RepairedDevice device = ticket.deviceId() == null ? null
                    : devices.find(tenantId, ticket.deviceId()).orElse(null);
            RepairCover cover = RepairCover.of(ticketTerms, ticket, device == null ? null : device.device(),
                    LocalDate.ofInstant(ticket.reportedAt(), ticketTerms.calendar().zone()));
            RepairCharge.Charge charge = RepairCharge.of(cover, checked.parts(), checked.consent(),
                    checked.labourMinutes(), violations);
            checkAgainstTicket(ticket, checked, violations);
            violations.throwIfAny();

            Ticket resolved = workflow.changeStatus(tenantId, id, TicketStatus.RESOLVED, checked.version(),
                    "resolution recorded", actor);
            Resolution resolution = record(id, checked, charge, actor, now);
            boolean replaced = resolutions.save(tenantId, resolution, charge.totalCents());
            history.record(tenantId, id, now, actor, "resolution", historyData(resolution, checked, replaced));
            events.publishEvent(event(tenant, resolved, cover, device, checked));
            return new Resolved(resolved, resolution);
        });
    }

    /**
     * A resolved or closed ticket keeps its record; reopening it is how a new fix is recorded. The
     * version is checked here too, so that a stale client hears 409 before any field error that
     * the ticket it has not seen would explain.
     */
    private static void refuseIfSettled(Ticket ticket, Integer version) {
        if (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException("Ticket " + ticket.number() + " is already " + ticket.status().value()
                    + "; reopen it to record a new resolution.");
        }
        if (version != null && version != ticket.version()) {
            throw new OptimisticLockingFailureException("Ticket " + ticket.id() + " is at version "
                    + ticket.version());
        }
    }

    private static void checkAgainstTicket(Ticket ticket, ResolutionRequest.Checked checked, Violations violations) {
        if (ticket.severity() == SEVERE && checked.analysisReport().isEmpty()) {
            violations.add("analysisReport", "is required for a severe (level 1) fault: its cause and how to "
                    + "avoid it");
        }
        if (checked.signOff() != null && checked.signOff().at().isBefore(ticket.reportedAt())) {
            violations.at("signOff").add("at", "must not be before the fault was reported");
        }
    }

    private static Resolution record(UUID ticket, ResolutionRequest.Checked checked, RepairCharge.Charge charge,
            Actor actor, Instant now) {
        return new Resolution(ticket, checked.cause(), checked.fix(), charge.parts(), charge.inWarranty(),
                charge.rule(), charge.total(), charge.basis(), checked.signOff() == null ? null
                        : new Resolution.SignOff(checked.signOff().name(), checked.signOff().at()),
                checked.analysisReport(), actor.id(), now, checked.faultCode());
    }

    /** Labour time and consent have no column of their own; the history keeps them with the charge. */
    private static Map<String, Object> historyData(Resolution r, ResolutionRequest.Checked checked,
            boolean replaced) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inWarranty", r.inWarranty());
        data.put("chargingRule", r.chargingRule());
        data.put("charge", r.charge().toString());
        data.put("labourMinutes", checked.labourMinutes());
        data.put("consent", checked.consent());
        data.put("replaced", replaced);
        data.put("faultCode", r.faultCode());
        return data;
    }

    private static TicketResolved event(TenantProfile tenant, Ticket t, RepairCover cover, RepairedDevice device,
            ResolutionRequest.Checked checked) {
        return new TicketResolved(tenant.id(), t.id(), t.number(),
                cover.productLine() == null ? "" : cover.productLine(), device == null ? "" : device.model(),
                t.problem(), checked.cause(), checked.fix(), checked.parts().stream()
                    .map(p -> new TicketResolved.Part(p.partNumber(), p.name(), p.quantity(), p.component()))
                    .toList(),
                t.severity(), t.resolvedAt(), tenant.locale());
    }

    record Resolved(Ticket ticket, Resolution resolution) {
    }
}
