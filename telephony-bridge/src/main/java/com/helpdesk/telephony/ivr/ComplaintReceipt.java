package com.helpdesk.telephony.ivr;

import java.util.Objects;
import java.util.UUID;

/** The complaint filed, its number read back, and the reply the tenant's terms promise. */
public record ComplaintReceipt(UUID complaintId, long number, Promise reply) {

    public ComplaintReceipt {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reply, "reply");
    }
}
