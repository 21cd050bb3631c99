package com.helpdesk.tenantadmin.entitlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A device and its repairs as an admin types them to see what the terms would grant. */
record EntitlementPreview(String productLine, LocalDate purchaseDate, LocalDate acceptanceDate,
        LocalDate warrantyCardReceived, Boolean dealerSold, List<Repair> repairs, Instant at) {

    EntitlementPreview {
        repairs = repairs == null ? List.of() : repairs;
        dealerSold = Boolean.TRUE.equals(dealerSold);
    }
}
