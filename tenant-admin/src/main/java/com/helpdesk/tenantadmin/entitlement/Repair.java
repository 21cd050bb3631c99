package com.helpdesk.tenantadmin.entitlement;

import java.time.LocalDate;
import java.util.Objects;

/** One past repair of the device: when, which fault, and whether it still fails. */
public record Repair(LocalDate date, String faultCode, RepairOutcome outcome) {

    public Repair {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(faultCode, "faultCode");
        Objects.requireNonNull(outcome, "outcome");
    }
}
