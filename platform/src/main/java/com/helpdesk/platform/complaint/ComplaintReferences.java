package com.helpdesk.platform.complaint;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.customer.CustomerDirectory;
import com.helpdesk.platform.staff.StaffDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.Tickets;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * Checks that what a complaint names (customer, tickets, staff) belongs to the caller's tenant.
 * Another tenant's id is reported like an unknown one, so nothing leaks.
 */
@Component
class ComplaintReferences {

    private final TenantTransactions transactions;
    private final CustomerDirectory customers;
    private final Tickets tickets;
    private final StaffDirectory staff;

    ComplaintReferences(TenantTransactions transactions, CustomerDirectory customers, Tickets tickets,
            StaffDirectory staff) {
        this.transactions = transactions;
        this.customers = customers;
        this.tickets = tickets;
        this.staff = staff;
    }

    void check(TenantId tenant, Violations violations, UUID customer, UUID assignee, List<UUID> ticketIds,
            List<UUID> staffIds) {
        transactions.run(tenant, () -> {
            if (customer != null && customers.customer(tenant, customer).isEmpty()) {
                violations.add("customerId", "is not a customer of this vendor");
            }
            if (assignee != null && !staff.isStaff(tenant, assignee)) {
                violations.add("assigneeId", "is not a member of this vendor's staff");
            }
            for (int i = 0; i < ticketIds.size(); i++) {
                if (tickets.find(tenant, ticketIds.get(i)).isEmpty()) {
                    violations.at("ticketIds", i).add("is not a ticket of this vendor");
                }
            }
            for (int i = 0; i < staffIds.size(); i++) {
                if (!staff.isStaff(tenant, staffIds.get(i))) {
                    violations.at("staffIds", i).add("is not a member of this vendor's staff");
                }
            }
        });
    }
}
