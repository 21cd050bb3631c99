package com.helpdesk.platform.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock as agents see it: what is promised, by when, and where it stands now.
 *
 * @param within   the promise, e.g. PT2H
 * @param clock    business or around-the-clock
 * @param breached met late, or running past due
 */
public record ClockView(String kind, String name, int severity, Duration within, String clock, Instant startedAt,
        Instant warnAt, Instant dueAt, SlaClock.State state, boolean breached, Instant metAt, Instant pausedSince,
        Instant supersededAt) {

    static ClockView of(SlaClock c, Instant now) {
        return new ClockView(SlaClock.kindValue(c.kind()), c.name(), c.severity(), c.within(),
                ClockRepository.clockValue(c.clock()), c.startedAt(), c.warnAt(), c.dueAt(), c.state(now),
                c.breached(now), c.metAt(), c.pausedSince(), c.supersededAt());
    }
}
