package com.helpdesk.platform.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.helpdesk.tenantadmin.terms.ClockKind;
import com.helpdesk.tenantadmin.terms.Target;
import com.helpdesk.tenantadmin.terms.TargetKind;

/**
 * One promise measured on one ticket, as stored. It runs from {@code startedAt}; it is due at
 * {@code dueAt} (pauses taken out) and warns at {@code warnAt}; an event meets it ({@code metAt}),
 * the scheduler marks it warned and breached, a severity change supersedes it.
 *
 * @param name for escalation the tier escalated to, for on-site the region zone, for extras their name
 */
public record SlaClock(UUID id, TargetKind kind, String name, int severity, Target target, Instant startedAt,
        Instant warnAt, Instant dueAt, Instant pausedSince, Instant metAt, Instant warnedAt, Instant breachedAt,
        Instant supersededAt) {

    /** Neither met nor superseded: the scheduler still watches it. */
    public boolean running() {
        return metAt == null && supersededAt == null;
    }

    /** Breached when it was met late, or is still running past its due time. */
    public boolean breached(Instant now) {
        if (supersededAt != null) {
            return false;
        }
        if (metAt != null) {
            return metAt.isAfter(dueAt);
        }
        Instant measuredAt = pausedSince != null ? pausedSince : now;
        return breachedAt != null || measuredAt.isAfter(dueAt);
    }

    public State state(Instant now) {
        if (supersededAt != null) {
            return State.SUPERSEDED;
        }
        if (metAt != null) {
            return metAt.isAfter(dueAt) ? State.MET_LATE : State.MET;
        }
        if (pausedSince != null) {
            return State.PAUSED;
        }
        return breached(now) ? State.BREACHED : now.isBefore(warnAt) ? State.RUNNING : State.AT_RISK;
    }

    /**
     * When the scheduler next has something to do among these clocks: the earliest warning not yet
     * given or breach not yet marked of a clock that runs and is not paused.
     */
    static Optional<Instant> nextAlarm(List<SlaClock> clocks) {
        return clocks.stream()
            .filter(c -> c.running() && c.pausedSince() == null && c.breachedAt() == null)
            .map(c -> c.warnedAt() == null && c.warnAt().isBefore(c.dueAt()) ? c.warnAt() : c.dueAt())
            .min(Comparator.naturalOrder());
    }

    SlaClock met(Instant at) {
        return new SlaClock(id, kind, name, severity, target, startedAt, warnAt, dueAt, null, at, warnedAt, breachedAt,
                supersededAt);
    }

    SlaClock paused(Instant since) {
        return new SlaClock(id, kind, name, severity, target, startedAt, warnAt, dueAt, since, metAt, warnedAt,
                breachedAt, supersededAt);
    }

    SlaClock rescheduled(Instant newWarnAt, Instant newDueAt) {
        return new SlaClock(id, kind, name, severity, target, startedAt, newWarnAt, newDueAt, null, metAt, warnedAt,
                breachedAt, supersededAt);
    }

    SlaClock superseded(Instant at) {
        return new SlaClock(id, kind, name, severity, target, startedAt, warnAt, dueAt, pausedSince, metAt, warnedAt,
                breachedAt, at);
    }

    Duration within() {
        return target.within();
    }

    ClockKind clock() {
        return target.clock();
    }

    /** How an agent sees the clock: the board colours by it. */
    public enum State {
        RUNNING, AT_RISK, PAUSED, BREACHED, MET, MET_LATE, SUPERSEDED
    }

    /** The stored name of a target kind: {@code first-response}, {@code on-site}. */
    static String kindValue(TargetKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static TargetKind kindOf(String value) {
        return TargetKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
