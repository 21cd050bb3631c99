package com.helpdesk.tenantadmin.terms;

import java.time.Instant;
import java.util.Objects;

/**
 * When a promise falls due for one ticket.
 *
 * @param kind   what is due
 * @param name   for escalation the tier escalated to, for on-site the zone, for extras the target's name; else empty
 * @param due    the instant it is due
 * @param target the promise it comes from
 */
public record Deadline(TargetKind kind, String name, Instant due, Target target) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(target, "target");
        name = name == null ? "" : name;
    }
}
