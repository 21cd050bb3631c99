package com.helpdesk.tenantadmin.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The calculator for calendars with opening hours. Each local year is compiled once, on first
 * use, into a {@link YearTimeline}; {@code add} and {@code between} then cost two binary searches
 * plus one step per year boundary crossed, whatever the duration, and allocate only the result.
 */
final class OpeningTimeline implements BusinessTimeCalculator {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;
    private static final long SECONDS_PER_AVERAGE_YEAR = 31_556_952L;

    private final DailyHours hours;
    private final WallClock clock;
    /** Built lazily; a race only builds the same immutable year twice. */
    private final AtomicReferenceArray<YearTimeline> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

    OpeningTimeline(BusinessCalendar calendar) {
        this.hours = new DailyHours(calendar);
        this.clock = new WallClock(calendar.zone().getRules());
    }

    @Override
    public Instant add(Instant start, Duration businessDuration) {
        long remaining = BusinessTimeCalculator.requireNotNegative(businessDuration);
        if (remaining == 0) {
            return start;
        }
        YearTimeline year = yearContaining(start.getEpochSecond());
        long position = year.openNanosBefore(start.getEpochSecond(), start.getNano());
        while (remaining > year.totalNanos - position) {
            remaining -= year.totalNanos - position;
            year = year(year.index + 1);
            position = 0;
        }
        return year.instantAt(position + remaining);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        if (from.isAfter(to)) {
            return between(to, from).negated();
        }
        YearTimeline first = yearContaining(from.getEpochSecond());
        YearTimeline last = yearContaining(to.getEpochSecond());
        long fromNanos = first.openNanosBefore(from.getEpochSecond(), from.getNano());
        long toNanos = last.openNanosBefore(to.getEpochSecond(), to.getNano());
        if (first == last) {
            return Duration.ofNanos(toNanos - fromNanos);
        }
        long wholeYears = 0;
        for (int i = first.index + 1; i < last.index; i++) {
            wholeYears += year(i).totalSeconds;
        }
        return Duration.ofSeconds(wholeYears, first.totalNanos - fromNanos + toNanos);
    }

    @Override
    public boolean isOpen(Instant instant) {
        return yearContaining(instant.getEpochSecond()).isOpen(instant.getEpochSecond());
    }

    @Override
    public Instant nextOpening(Instant instant) {
        YearTimeline year = yearContaining(instant.getEpochSecond());
        long second = year.nextOpening(instant.getEpochSecond());
        if (second == instant.getEpochSecond()) {
            return instant;
        }
        while (second < 0) {
            year = year(year.index + 1);
            second = year.nextOpening(year.start);
        }
        return Instant.ofEpochSecond(second);
    }

    private YearTimeline yearContaining(long epochSecond) {
        long guess = Math.floorDiv(epochSecond, SECONDS_PER_AVERAGE_YEAR) + 1970 - FIRST_YEAR;
        YearTimeline year = year((int) Math.clamp(guess, 0, years.length() - 1));
        while (epochSecond < year.start) {
            year = year(year.index - 1);
        }
        while (epochSecond >= year.end) {
            year = year(year.index + 1);
        }
        return year;
    }

    private YearTimeline year(int index) {
        if (index < 0 || index >= years.length()) {
            throw new IllegalArgumentException(
                    "business time is supported from %d to %d".formatted(FIRST_YEAR, LAST_YEAR));
        }
        YearTimeline year = years.get(index);
        if (year == null) {
            year = YearTimeline.build(index, FIRST_YEAR + index, hours, clock);
            years.set(index, year);
        }
        return year;
    }
}
