package com.helpdesk.tenantadmin.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One local calendar year of a calendar, precomputed: its open intervals as UTC epoch seconds
 * and the open time before each, so that both directions of the business-time question
 * (where is the clock at instant t, and when has it run for d) are binary searches, with
 * no time-zone work and no allocation on the way.
 */
final class YearTimeline {

    private static final long NANOS = 1_000_000_000L;

    /** Position in the calculator's table of years. */
    final int index;
    /** Epoch second of the first instant of the local year (inclusive). */
    final long start;
    /** Epoch second of the first instant of the next local year (exclusive). */
    final long end;
    /** Business time in the whole year. */
    final long totalSeconds;
    final long totalNanos;
    /** {@code [open0, close0, open1, close1…]}, epoch seconds, strictly increasing, no empty intervals. */
    private final long[] bounds;
    /** {@code openBefore[i]} = open seconds in this year before interval i; one more entry for the total. */
    private final long[] openBefore;

    private YearTimeline(int index, long start, long end, long[] bounds) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.bounds = bounds;
        int intervals = bounds.length / 2;
        this.openBefore = new long[intervals + 1];
        for (int i = 0; i < intervals; i++) {
            openBefore[i + 1] = openBefore[i] + bounds[2 * i + 1] - bounds[2 * i];
        }
        this.totalSeconds = openBefore[intervals];
        this.totalNanos = totalSeconds * NANOS;
    }

    static YearTimeline build(int index, int year, DailyHours hours, WallClock clock) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        long[] bounds = new long[1024];
        int n = 0;
        for (LocalDate date = first; date.isBefore(next); date = date.plusDays(1)) {
            int[] day = hours.on(date);
            for (int k = 0; k < day.length; k += 2) {
                long open = clock.firstReaching(date, day[k]);
                long close = clock.firstReaching(date, day[k + 1]);
                if (close <= open) {
                    continue; // wholly inside a spring-forward gap
                }
                if (n > 0 && open <= bounds[n - 1]) {
                    bounds[n - 1] = Math.max(bounds[n - 1], close); // 24:00 meets next day's 00:00
                    continue;
                }
                if (n + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[n++] = open;
                bounds[n++] = close;
            }
        }
        return new YearTimeline(index, clock.firstReaching(first, 0), clock.firstReaching(next, 0),
                Arrays.copyOf(bounds, n));
    }

    /** Business time in this year before the instant {@code second + nano}, in nanoseconds. */
    long openNanosBefore(long second, int nano) {
        int i = firstBoundAfter(second);
        if ((i & 1) == 1) {
            int interval = i >> 1;
            return (openBefore[interval] + second - bounds[i - 1]) * NANOS + nano;
        }
        return openBefore[i >> 1] * NANOS;
    }

    /** The earliest instant by which {@code openNanos} (0 &lt; openNanos ≤ totalNanos) of business time has run. */
    Instant instantAt(long openNanos) {
        long seconds = (openNanos + NANOS - 1) / NANOS;
        int interval = lastOpenBeforeBelow(seconds);
        long intoInterval = openNanos - openBefore[interval] * NANOS;
        return Instant.ofEpochSecond(bounds[2 * interval] + intoInterval / NANOS, intoInterval % NANOS);
    }

    boolean isOpen(long second) {
        return (firstBoundAfter(second) & 1) == 1;
    }

    /** Epoch second of the next opening at or after {@code second} within this year, or -1 if none. */
    long nextOpening(long second) {
        int i = firstBoundAfter(second);
        if ((i & 1) == 1) {
            return second;
        }
        return i < bounds.length ? bounds[i] : -1;
    }

    /** Index of the first bound strictly greater than {@code second}; odd means inside an interval. */
    private int firstBoundAfter(long second) {
        int low = 0;
        int high = bounds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bounds[mid] <= second) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The last interval i with {@code openBefore[i] < seconds}. */
    private int lastOpenBeforeBelow(long seconds) {
        int low = 0;
        int high = openBefore.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (openBefore[mid] < seconds) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
