package com.helpdesk.tenantadmin.entitlement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The unit a customer calls about, as far as entitlement cares.
 *
 * @param productLine          its product line, naming the warranty policy
 * @param purchaseDate         day of sale (day 1 of every purchase-based window)
 * @param acceptanceDate       installation accepted; absent if not (yet) recorded
 * @param warrantyCardReceived when the dealer's warranty card reached the vendor; absent if it has not
 * @param dealerSold           sold through a dealer, so the warranty-card rule applies
 */
public record Device(String productLine, LocalDate purchaseDate, LocalDate acceptanceDate,
                     LocalDate warrantyCardReceived, boolean dealerSold) {

    public Device {
        Objects.requireNonNull(productLine, "productLine");
        Objects.requireNonNull(purchaseDate, "purchaseDate");
        if (acceptanceDate != null && acceptanceDate.isBefore(purchaseDate)) {
            throw new IllegalArgumentException("accepted (" + acceptanceDate + ") before purchase (" + purchaseDate + ")");
        }
    }
}
