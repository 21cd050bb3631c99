package com.helpdesk.platform.ticket;

import java.util.List;

/** One page of tickets; {@code total} counts every match. */
record TicketPage(List<Ticket> items, int page, int size, long total) {
}
