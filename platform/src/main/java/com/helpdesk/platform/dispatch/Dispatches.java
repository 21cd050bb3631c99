package com.helpdesk.platform.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.partner.Partner;
import com.helpdesk.platform.partner.PartnerDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.ticket.Ticket;
import com.helpdesk.platform.ticket.TicketStatus;
import com.helpdesk.platform.ticket.TicketWorkflow;
import com.helpdesk.platform.ticket.Tickets;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * Offers tickets to partners and records their answers. Each step and the ticket change it causes
 * commit together: an offer is never recorded for a ticket that did not become dispatched, and a
 * check-in never without the on-site promise being met.
 */
@Service
class Dispatches {

    private final TenantTransactions transactions;
    private final DispatchRepository dispatches;
    private final PartnerDirectory partners;
    private final Tickets tickets;
    private final TicketWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Dispatches(TenantTransactions transactions, DispatchRepository dispatches, PartnerDirectory partners,
            Tickets tickets, TicketWorkflow workflow, ApplicationEventPublisher events, Clock clock) {
        this.transactions = transactions;
        this.dispatches = dispatches;
        this.partners = partners;
        this.tickets = tickets;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    /** The desk offers the ticket to a partner; any earlier open offer is withdrawn. */
    Dispatch offer(TenantId tenant, UUID ticketId, UUID partnerId, Actor actor) {
        Partner partner = partnerId == null ? null : partners.find(tenant, partnerId).filter(Partner::active)
            .orElse(null);
        if (partner == null) {
            Violations violations = Violations.collect();
            violations.add("partnerId", partnerId == null ? "is required" : "names no active partner of this vendor");
            violations.throwIfAny();
        }
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            Ticket ticket = tickets.find(tenant, ticketId).orElseThrow(() -> new NotFoundException("Ticket", ticketId));
            if (!ticket.status().open()) {
                throw new ConflictException("Ticket " + ticket.number() + " is " + ticket.status().value()
                        + "; reopen it before dispatching.");
            }
            dispatches.withdrawOpen(tenant, ticketId, now);
            Dispatch offered = new Dispatch(UUID.randomUUID(), ticketId, partner.id(), DispatchStatus.OFFERED, now,
                    now.plus(partner.acceptWithin()), null, "", null, "", null);
            dispatches.insert(tenant, offered);
            workflow.dispatchTo(tenant, ticketId, partner.id(), actor);
            workflow.record(tenant, ticketId, actor, "dispatch-offered", Map.of("partner", partner.name(),
                    "acceptDueAt", offered.acceptDueAt().toString()));
            events.publishEvent(new DispatchOffered(tenant, offered.id(), ticketId, ticket.number(), ticket.problem(),
                    partner.id(), partner.name(), offered.acceptDueAt()));
            return offered;
        });
    }

    /** The partner accepts and says when its engineer will be there. */
    Dispatch accept(TenantId tenant, Partner partner, UUID id, Instant visitAt, String engineer, Actor actor) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            Dispatch offer = openOffer(tenant, partner, id, DispatchStatus.OFFERED);
            dispatches.answer(tenant, id, DispatchStatus.ACCEPTED, now, "", visitAt, engineer);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("partner", partner.name());
            data.put("visitAt", visitAt.toString());
            data.put("engineer", engineer);
            data.put("late", offer.acceptanceLate(now));
            workflow.record(tenant, offer.ticketId(), actor, "dispatch-accepted", data);
            return dispatches.lockOfPartner(tenant, partner.id(), id).orElseThrow();
        });
    }

    /** The partner cannot take it: the ticket returns to the desk to be offered elsewhere. */
    Dispatch refuse(TenantId tenant, Partner partner, UUID id, String reason, Actor actor) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            Dispatch offer = openOffer(tenant, partner, id, DispatchStatus.OFFERED, DispatchStatus.ACCEPTED);
            dispatches.answer(tenant, id, DispatchStatus.REFUSED, now, reason, offer.visitAt(), offer.engineerName());
            workflow.returnFromPartner(tenant, offer.ticketId(), "refused by " + partner.name() + ": " + reason,
                    actor);
            return dispatches.lockOfPartner(tenant, partner.id(), id).orElseThrow();
        });
    }

    /** The engineer arrived: the ticket is on site, which meets its on-site promise. */
    Dispatch checkIn(TenantId tenant, Partner partner, UUID id, Actor actor) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            Dispatch offer = openOffer(tenant, partner, id, DispatchStatus.ACCEPTED);
            dispatches.checkIn(tenant, id, now);
            workflow.advance(tenant, offer.ticketId(), TicketStatus.ON_SITE, "engineer of " + partner.name()
                    + " checked in", actor);
            return dispatches.lockOfPartner(tenant, partner.id(), id).orElseThrow();
        });
    }

    List<Dispatch> ofTicket(TenantId tenant, UUID ticketId) {
        return transactions.call(tenant, () -> {
            tickets.find(tenant, ticketId).orElseThrow(() -> new NotFoundException("Ticket", ticketId));
            return dispatches.ofTicket(tenant, ticketId);
        });
    }

    List<Dispatch> workQueue(TenantId tenant, Partner partner, int limit) {
        return transactions.call(tenant, () -> dispatches.ofPartner(tenant, partner.id(),
                List.of(DispatchStatus.OFFERED.value(), DispatchStatus.ACCEPTED.value()), limit));
    }

    /** The partner's own offer in one of the expected states; anyone else's is "not found". */
    private Dispatch openOffer(TenantId tenant, Partner partner, UUID id, DispatchStatus... expected) {
        Dispatch offer = dispatches.lockOfPartner(tenant, partner.id(), id)
            .orElseThrow(() -> new NotFoundException("Dispatch", id));
        if (!List.of(expected).contains(offer.status())) {
            throw new ConflictException("This dispatch is " + offer.status().value() + "; it can no longer be "
                    + "answered that way.");
        }
        return offer;
    }
}
