package com.helpdesk.platform.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** What a list of visits is narrowed to; null means any. */
record VisitFilter(UUID plan, UUID partner, String status, LocalDate from, LocalDate to) {
}
