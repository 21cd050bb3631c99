package com.helpdesk.telephony.ivr;

import java.util.Objects;
import java.util.UUID;

/**
 * A complete fault report taken by the IVR, the last step before its ticket exists.
 *
 * @param callerId    the caller's number as Asterisk reported it (untrusted; may be null)
 * @param keyedNumber the number the caller keyed in, E.164, or null
 * @param customerId  the identified customer, or null
 * @param deviceId    the customer's device chosen, or null
 * @param productLine the product line chosen when no device was, or null
 * @param severity    from the caller's answers to the severity questions; the backend keeps it within the tenant's levels
 * @param callback    taken outside service hours (or instead of an agent): the receipt promises a callback
 */
public record FaultReport(UUID tenant, String linkedId, String callerId, String keyedNumber, UUID customerId,
        UUID deviceId, String productLine, int severity, Recording description, String language, boolean callback) {

    public FaultReport {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(linkedId, "linkedId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
    }
}
