package com.helpdesk.platform.customer;

import java.time.LocalDate;
import java.util.UUID;

/** A registered device as the API shows it. */
record DeviceView(UUID id, UUID customerId, String productLine, String model, String serialNumber,
        LocalDate purchaseDate, LocalDate acceptanceDate, boolean dealerSold, LocalDate warrantyCardReceived) {

    DeviceDraft draft() {
        return new DeviceDraft(productLine, model, serialNumber, purchaseDate, acceptanceDate, dealerSold,
                warrantyCardReceived);
    }
}
