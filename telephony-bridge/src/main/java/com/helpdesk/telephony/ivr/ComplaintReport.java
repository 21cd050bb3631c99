package com.helpdesk.telephony.ivr;

import java.util.Objects;
import java.util.UUID;

/** A complaint on the supervision line (监督电话), recorded in the caller's words. */
public record ComplaintReport(UUID tenant, String linkedId, String callerId, String keyedNumber, UUID customerId,
        Recording statement, String language) {

    public ComplaintReport {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(linkedId, "linkedId");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(language, "language");
    }
}
