package com.helpdesk.telephony.ivr;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a caller did in the IVR, reported when the IVR lets go of the call.
 *
 * @param linkedId Asterisk's Linkedid, shared by every leg of the call
 * @param path     the steps taken, e.g. ["language:zh", "menu:1", "device:2", "severity:2", "recorded", "ticket"]
 * @param outcome  one of {@link #QUEUED}, {@link #CALLBACK_PROMISED}, {@link #COMPLETED}, {@link #HUNG_UP}, {@link #ENDED}
 */
public record IvrSessionReport(UUID tenant, String linkedId, List<String> path, String language, UUID customerId,
        String keyedNumber, String keyedSerial, UUID ticketId, Long ticketNumber, UUID complaintId, String outcome,
        Instant startedAt, Instant endedAt) {

    /** Sent on to an agent: the dialplan's Queue() takes the call. */
    public static final String QUEUED = "queued";
    /** Outside service hours: the report was taken and a callback promised. */
    public static final String CALLBACK_PROMISED = "callback-promised";
    /** The caller got what they called for (a ticket, a status, a complaint) and the IVR said goodbye. */
    public static final String COMPLETED = "completed";
    /** The caller hung up in the IVR. */
    public static final String HUNG_UP = "hung-up";
    /** The IVR ended the call politely: no valid input after the retries, and no agent to send it to. */
    public static final String ENDED = "ended";

    public IvrSessionReport {
        path = path == null ? List.of() : List.copyOf(path);
    }
}
