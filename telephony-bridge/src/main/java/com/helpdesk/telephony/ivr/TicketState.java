package com.helpdesk.telephony.ivr;

/**
 * Where a ticket stands, for a caller who asked by its number.
 *
 * @param status the ticket's status code, e.g. {@code on-site}; the IVR plays the prompt {@code status-<status>}
 * @param words  the same in the caller's language, e.g. "an engineer is on site"
 */
public record TicketState(long number, String status, String words) {
}
