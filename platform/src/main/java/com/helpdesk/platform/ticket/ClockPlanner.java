package com.helpdesk.platform.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.helpdesk.tenantadmin.calendar.Pause;
import com.helpdesk.tenantadmin.terms.Deadline;
import com.helpdesk.tenantadmin.terms.LevelTargets;
import com.helpdesk.tenantadmin.terms.Target;
import com.helpdesk.tenantadmin.terms.TargetKind;
import com.helpdesk.tenantadmin.terms.TermsClock;

/**
 * Works out a ticket's clocks from the terms version it was opened under: which promises apply to
 * its severity and region, when each falls due and when to warn, given the pauses so far. Pure;
 * the stored clocks are {@link SlaClock}s.
 *
 * @param warnShare the share of each target after which the clock warns, e.g. 0.75
 */
record ClockPlanner(TermsClock terms, double warnShare) {

    ClockPlanner {
        if (!(warnShare > 0 && warnShare <= 1)) {
            throw new IllegalArgumentException("warn share must be in (0, 1], was " + warnShare);
        }
    }

    /**
     * The clocks that start when a fault is reported: first response, escalation steps, restore,
     * on-site for the region's zone and the extras. Resolve starts at first contact ({@link #resolveClock}).
     */
    List<SlaClock> atReport(int severity, String regionCode, Instant reportedAt) {
        List<SlaClock> clocks = new ArrayList<>();
        for (Deadline deadline : terms.deadlines(severity, regionCode, reportedAt)) {
            clocks.add(start(deadline.kind(), deadline.name(), severity, deadline.target(), reportedAt, List.of()));
        }
        return clocks;
    }

    /** The resolve clock, which vendors start at their first contact with the customer; empty if not promised. */
    List<SlaClock> resolveClock(int severity, Instant firstContact, List<Pause> pauses) {
        Target resolve = targets(severity).resolve();
        return resolve == null ? List.of()
                : List.of(start(TargetKind.RESOLVE, "", severity, resolve, firstContact, pauses));
    }

    /** The clock's warn and due instants again, the pauses taken out; for after a wait ends. */
    SlaClock rescheduled(SlaClock clock, List<Pause> pauses) {
        return clock.rescheduled(warnAt(clock.target(), clock.startedAt(), pauses),
                terms.due(clock.target(), clock.startedAt(), pauses));
    }

    private SlaClock start(TargetKind kind, String name, int severity, Target target, Instant start,
            List<Pause> pauses) {
        return new SlaClock(UUID.randomUUID(), kind, name, severity, target, start, warnAt(target, start, pauses),
                terms.due(target, start, pauses), null, null, null, null, null);
    }

    private Instant warnAt(Target target, Instant start, List<Pause> pauses) {
        Duration share = Duration.ofMillis(Math.round(target.within().toMillis() * warnShare));
        return terms.calculator(target.clock()).add(start, share, pauses);
    }

    private LevelTargets targets(int severity) {
        return terms.terms().level(severity).targets();
    }

    /** The promises a move to {@code status} keeps: the clocks it stops. */
    static Set<TargetKind> metBy(TicketStatus status) {
        return switch (status) {
            case ON_SITE -> EnumSet.of(TargetKind.ON_SITE);
            case RESTORED -> EnumSet.of(TargetKind.RESTORE);
            // The fault is fixed: nothing is left to escalate, restore, attend or deliver.
            case RESOLVED, CLOSED -> EnumSet.of(TargetKind.RESTORE, TargetKind.RESOLVE, TargetKind.ESCALATION,
                    TargetKind.ON_SITE, TargetKind.EXTRA);
            default -> EnumSet.noneOf(TargetKind.class);
        };
    }
}
