package com.helpdesk.platform.ivr;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * What a caller did in the IVR, for the agent's screen pop and the call log: the menu path, who
 * they turned out to be, and the ticket or complaint the IVR opened for them.
 *
 * @param linkedId     Asterisk's Linkedid of the call, which the pop and the call log look it up by
 * @param path         the steps taken, e.g. ["greeting", "menu:1", "device:2", "severity:2", "recorded", "ticket"]
 * @param language     zh or en, as the caller chose
 * @param customerId   the customer identified by Caller ID, keyed number or serial; null if unknown
 * @param keyedNumber  a phone number the caller keyed in, E.164; null if none
 * @param keyedSerial  a device serial the caller keyed in; null if none
 * @param ticketId     the ticket the IVR opened; null if none
 * @param ticketNumber its number as read back to the caller; null if none
 * @param complaintId  the complaint the IVR opened; null if none
 * @param outcome      how the IVR ended: queued (to an agent), hung-up, callback-promised, completed
 */
public record IvrSummary(TenantId tenant, String linkedId, List<String> path, String language, UUID customerId,
        String keyedNumber, String keyedSerial, UUID ticketId, Long ticketNumber, UUID complaintId, String outcome,
        Instant startedAt, Instant endedAt) {

    public IvrSummary {
        path = path == null ? List.of() : List.copyOf(path);
    }
}
