package com.helpdesk.platform.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One planned inspection visit and, once done, its report.
 *
 * @param status       scheduled, reported or cancelled
 * @param reportDueAt  the report clock's due time; null when the terms promise no report time
 * @param reportState  running, met, breached or none
 */
record InspectionVisit(UUID id, UUID planId, UUID customerId, UUID deviceId, LocalDate scheduledOn, UUID assigneeId,
        UUID partnerId, String status, LocalDate visitedOn, Instant reportWarnAt, Instant reportDueAt,
        Instant reportBreachedAt, List<CheckItem> checklist, String findings, List<Reading> readings,
        String signedOffBy, Instant reportedAt, String reportedBy, int version, String reportState) {

    /** One line of the checklist: what was checked, whether it passed, and a remark. */
    record CheckItem(String item, Boolean ok, String note) {
    }

    /** A measured value, e.g. water temperature 55 °C, pressure 0.3 MPa. */
    record Reading(String name, String value, String unit) {
    }
}
