package com.helpdesk.platform.ticket;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.customer.OpenTicketsOfCustomer;
import com.helpdesk.tenantadmin.TenantId;

/** Puts a customer's open tickets, with their running clocks, into the caller archive. */
@Component
class CustomerOpenTickets implements OpenTicketsOfCustomer {

    private final Tickets tickets;

    CustomerOpenTickets(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<TicketDetail> openTickets(TenantId tenant, UUID customer, int limit) {
        return tickets.openOfCustomer(tenant, customer, limit);
    }
}
