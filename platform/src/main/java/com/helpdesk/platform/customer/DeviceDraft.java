package com.helpdesk.platform.customer;

import java.time.LocalDate;

import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.entitlement.Device;
import com.helpdesk.tenantadmin.terms.ServiceTerms;

/**
 * A customer's unit as registered: its product line (naming the warranty policy), model, serial
 * number (unique within the tenant) and the dates warranty and entitlement count from.
 */
record DeviceDraft(String productLine, String model, String serialNumber, LocalDate purchaseDate,
        LocalDate acceptanceDate, Boolean dealerSold, LocalDate warrantyCardReceived) {

    static final int MAX_TEXT = 100;

    DeviceDraft {
        model = TextFields.orEmpty(model);
        dealerSold = Boolean.TRUE.equals(dealerSold);
        serialNumber = serialNumber == null ? null : serialNumber.strip();
    }

    /** Checks the fields; the product line must have a warranty policy in the terms in force. */
    void check(Violations at, ServiceTerms terms, LocalDate today) {
        if (TextFields.required(at, "productLine", productLine, MAX_TEXT)
                && (terms == null || terms.warrantyFor(productLine).isEmpty())) {
            at.add("productLine", "has no warranty policy in the terms in force");
        }
        TextFields.optional(at, "model", model, MAX_TEXT, false);
        TextFields.required(at, "serialNumber", serialNumber, MAX_TEXT);
        if (at.require("purchaseDate", purchaseDate)) {
            TextFields.notAfter(at, "purchaseDate", purchaseDate, today);
            if (acceptanceDate != null && acceptanceDate.isBefore(purchaseDate)) {
                at.add("acceptanceDate", "cannot be before the purchase date");
            }
            if (warrantyCardReceived != null && warrantyCardReceived.isBefore(purchaseDate)) {
                at.add("warrantyCardReceived", "cannot be before the purchase date");
            }
        }
        TextFields.notAfter(at, "acceptanceDate", acceptanceDate, today);
        TextFields.notAfter(at, "warrantyCardReceived", warrantyCardReceived, today);
    }

    /** What entitlement needs to know of it. */
    Device device() {
        return new Device(productLine, purchaseDate, acceptanceDate, warrantyCardReceived, dealerSold);
    }
}
