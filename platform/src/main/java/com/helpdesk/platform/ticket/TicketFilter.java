package com.helpdesk.platform.ticket;

import java.util.UUID;

/** What a ticket list is narrowed to; a null field does not narrow it. */
record TicketFilter(TicketStatus status, Integer severity, Boolean breached, Boolean open, UUID assignee,
        UUID partner, UUID customer) {
}
