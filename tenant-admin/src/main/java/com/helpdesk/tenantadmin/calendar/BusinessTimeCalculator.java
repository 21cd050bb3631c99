package com.helpdesk.tenantadmin.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Business-time arithmetic on a {@link BusinessCalendar}: when is a target due, and how much
 * business time lies between two instants. Pure and thread-safe; build one per calendar and keep
 * it, since it caches each year's timeline on first use.
 *
 * <p>Semantics. Open time is a union of half-open intervals {@code [open, close)} of real time.
 * {@code between(a, b)} is the length of open time in {@code [a, b)}, negative when {@code b} is
 * before {@code a}. {@code add(start, d)} is the <em>earliest</em> instant {@code t ≥ start} with
 * {@code between(start, t) == d}; so a start outside hours waits for the next opening, and a due
 * time that falls on a closing time stays there (12:00, not 13:00). {@code add(start, ZERO)} is
 * {@code start}. Daylight-saving changes follow the rule described in {@link WallClock}: opening
 * and closing times take effect when the wall clock first reaches them, and business time is
 * always real elapsed time. Supported years: 1900 to 2999.
 */
public sealed interface BusinessTimeCalculator permits OpeningTimeline, AroundTheClock {

    /** A calculator for the calendar; a 7×24 calendar gets the plain-arithmetic fast path. */
    static BusinessTimeCalculator of(BusinessCalendar calendar) {
        return calendar.aroundTheClock() ? AroundTheClock.INSTANCE : new OpeningTimeline(calendar);
    }

    /** The 7×24 clock: business time is real time. */
    static BusinessTimeCalculator aroundTheClock() {
        return AroundTheClock.INSTANCE;
    }

    /** The earliest instant by which {@code businessDuration} (not negative) of business time has run since {@code start}. */
    Instant add(Instant start, Duration businessDuration);

    /** Business time from {@code from} to {@code to}; negative if {@code to} is earlier. */
    Duration between(Instant from, Instant to);

    /** Whether the clock runs at this instant. */
    boolean isOpen(Instant instant);

    /** The first instant at or after {@code instant} at which the clock runs. */
    Instant nextOpening(Instant instant);

    /** As {@link #add(Instant, Duration)}, with the pauses (which may overlap) not counting. */
    default Instant add(Instant start, Duration businessDuration, List<Pause> pauses) {
        requireNotNegative(businessDuration);
        if (businessDuration.isZero()) {
            return start;
        }
        Instant cursor = start;
        Duration remaining = businessDuration;
        for (Pause pause : Pause.merged(pauses)) {
            if (!pause.end().isAfter(cursor)) {
                continue;
            }
            if (pause.start().isAfter(cursor)) {
                Instant due = add(cursor, remaining);
                if (!due.isAfter(pause.start())) {
                    return due;
                }
                remaining = remaining.minus(between(cursor, pause.start()));
            }
            cursor = pause.end();
        }
        return add(cursor, remaining);
    }

    /** As {@link #between(Instant, Instant)}, with the pauses (which may overlap) not counting. */
    default Duration between(Instant from, Instant to, List<Pause> pauses) {
        if (from.isAfter(to)) {
            return between(to, from, pauses).negated();
        }
        Duration total = between(from, to);
        for (Pause pause : Pause.merged(pauses)) {
            Instant start = Pause.max(from, pause.start());
            Instant end = Pause.min(to, pause.end());
            if (start.isBefore(end)) {
                total = total.minus(between(start, end));
            }
        }
        return total;
    }

    /** Nanoseconds of a duration that must not be negative. */
    static long requireNotNegative(Duration duration) {
        Objects.requireNonNull(duration, "businessDuration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("business duration must not be negative: " + duration);
        }
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            throw new IllegalArgumentException("business duration too long: " + duration, tooLong);
        }
    }
}
