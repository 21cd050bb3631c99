package com.helpdesk.platform.ticket;

import java.util.List;

/** A ticket with its clocks, notes and attachments: what the ticket page shows. */
public record TicketDetail(Ticket ticket, List<ClockView> clocks, List<TicketNotes.Note> notes,
        List<TicketNotes.Attachment> attachments) {
}
