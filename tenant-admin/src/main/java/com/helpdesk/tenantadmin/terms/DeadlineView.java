package com.helpdesk.tenantadmin.terms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A computed deadline as the admin pages show it, with the due time on the tenant's wall clock. */
record DeadlineView(TargetKind kind, String name, Duration within, ClockKind clock, Instant due, String dueLocal) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE HH:mm");

    static DeadlineView of(Deadline deadline, ZoneId zone) {
        return new DeadlineView(deadline.kind(), deadline.name(), deadline.target().within(),
                deadline.target().clock(), deadline.due(), LOCAL.format(deadline.due().atZone(zone)));
    }
}
