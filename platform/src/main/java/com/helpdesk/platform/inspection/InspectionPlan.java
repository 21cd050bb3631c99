package com.helpdesk.platform.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.helpdesk.tenantadmin.terms.InspectionInterval;

/**
 * A preventive-inspection plan: visits to a customer (or one of its devices) at an interval from
 * the first visit, by an engineer of the vendor ({@code assigneeId}) or a service partner.
 *
 * @param nextVisitOn the next visit not generated yet
 */
record InspectionPlan(UUID id, UUID customerId, UUID deviceId, InspectionInterval interval, LocalDate firstVisitOn,
        LocalDate nextVisitOn, UUID assigneeId, UUID partnerId, String notes, boolean active, int version,
        Instant createdAt) {

    /** The visit date {@code n} intervals after the first: counted from the first, so month ends do not drift. */
    LocalDate visit(int n) {
        return firstVisitOn.plusMonths((long) interval.months() * n);
    }

    /** The same plan with its next visit on {@code date}. */
    InspectionPlan startingOn(LocalDate date) {
        return new InspectionPlan(id, customerId, deviceId, interval, firstVisitOn, date, assigneeId, partnerId, notes,
                active, version, createdAt);
    }

    /** The visit after {@code date}. */
    LocalDate after(LocalDate date) {
        int n = 0;
        while (!visit(n).isAfter(date)) {
            n++;
        }
        return visit(n);
    }
}
