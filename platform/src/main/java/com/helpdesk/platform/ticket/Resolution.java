package com.helpdesk.platform.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.helpdesk.tenantadmin.warranty.Money;

/**
 * A ticket's resolution record (维修记录) as stored and shown: what was wrong, what was done, the
 * parts with what each cost the customer, the charge and how it was worked out, the customer's
 * sign-off and, for a severe fault, the analysis report.
 *
 * @param chargingRule {@code parts-at-cost-only}, {@code parts-and-labour-with-consent}, or
 *                     {@code none} when the terms hold no warranty policy for the product line
 * @param chargeBasis  the charge explained in words, for the repair list the customer signs
 * @param signOff      null until the customer signed
 * @param faultCode    the vendor's fault code in lower case; empty when none was recorded
 */
record Resolution(UUID ticketId, String cause, String fix, List<Part> parts, boolean inWarranty,
        String chargingRule, Money charge, String chargeBasis, SignOff signOff, String analysisReport,
        UUID recordedBy, Instant recordedAt, String faultCode) {

    Resolution {
        parts = List.copyOf(parts);
    }

    /**
     * A part used, priced: free when its component was in warranty, else at cost.
     *
     * @param charge what the customer pays for it: quantity × unit cost, or zero
     */
    record Part(String partNumber, String name, int quantity, Money unitCost, String component, boolean covered,
            Money charge) {
    }

    record SignOff(String name, Instant at) {
    }
}
