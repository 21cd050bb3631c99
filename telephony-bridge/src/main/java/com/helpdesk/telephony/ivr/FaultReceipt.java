package com.helpdesk.telephony.ivr;

import java.util.Objects;
import java.util.UUID;

/**
 * The ticket a fault report opened, as read back to the caller.
 *
 * @param severity the level the ticket was opened with (the caller's answer, kept within the tenant's levels)
 * @param promise  the first response promised for that level
 */
public record FaultReceipt(UUID ticketId, long ticketNumber, int severity, Promise promise) {

    public FaultReceipt {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(promise, "promise");
    }
}
