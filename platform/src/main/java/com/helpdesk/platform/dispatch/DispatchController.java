package com.helpdesk.platform.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.partner.PartnerDirectory;
import com.helpdesk.platform.partner.PartnerSuggestion;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.ticket.Ticket;
import com.helpdesk.platform.ticket.Tickets;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;

/** The desk's side of dispatch: who covers the customer's region, offering the ticket, the offers so far. */
@RestController
@RequestMapping("/api/tickets/{ticketId}")
class DispatchController {

    private final Dispatches dispatches;
    private final PartnerDirectory partners;
    private final Tickets tickets;
    private final Clock clock;

    DispatchController(Dispatches dispatches, PartnerDirectory partners, Tickets tickets, Clock clock) {
        this.dispatches = dispatches;
        this.partners = partners;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** Partners covering the ticket's region, the most specific first: the first is the one to offer it to. */
    @GetMapping("/partner-suggestions")
    List<PartnerSuggestion> suggestions(@AuthenticationPrincipal StaffMember member, @PathVariable UUID ticketId) {
        TenantId tenant = member.tenantId();
        Ticket ticket = tickets.find(tenant, ticketId).orElseThrow(() -> new NotFoundException("Ticket", ticketId));
        return ticket.regionCode() == null ? List.of() : partners.coveringRegion(tenant, ticket.regionCode());
    }

    @PostMapping("/dispatches")
    @ResponseStatus(HttpStatus.CREATED)
    DispatchView offer(@AuthenticationPrincipal StaffMember member, @PathVariable UUID ticketId,
            @RequestBody Offer body) {
        return DispatchView.of(dispatches.offer(member.tenantId(), ticketId, body.partnerId(), Actor.of(member)),
                clock.instant());
    }

    @GetMapping("/dispatches")
    List<DispatchView> list(@AuthenticationPrincipal StaffMember member, @PathVariable UUID ticketId) {
        return dispatches.ofTicket(member.tenantId(), ticketId).stream()
            .map(d -> DispatchView.of(d, clock.instant())).toList();
    }

    record Offer(UUID partnerId) {
    }
}
