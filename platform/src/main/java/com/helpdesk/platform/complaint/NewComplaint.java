package com.helpdesk.platform.complaint;

import java.util.List;
import java.util.UUID;

/**
 * A complaint to file, checked: from the IVR's supervision-line option, an agent on the phone or
 * staff on the web.
 *
 * @param channel      ivr, phone or web
 * @param linkedId     the call's Asterisk Linkedid (IVR); empty otherwise
 * @param recordingRef where the caller's recorded statement is (IVR); empty otherwise
 * @param language     zh or en for a recorded statement; empty otherwise
 */
public record NewComplaint(String channel, String subject, String text, String complainant, String callerPhone,
        UUID customerId, UUID assigneeId, String linkedId, String recordingRef, long recordingMs, String language,
        List<UUID> ticketIds, List<UUID> staffIds) {

    public NewComplaint {
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        complainant = complainant == null ? "" : complainant;
        linkedId = linkedId == null ? "" : linkedId;
        recordingRef = recordingRef == null ? "" : recordingRef;
        ticketIds = ticketIds == null ? List.of() : List.copyOf(ticketIds);
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
    }
}
