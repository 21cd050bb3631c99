package com.helpdesk.tenantadmin.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of real time that does not count on a clock, e.g. while waiting for the customer.
 *
 * @param start inclusive
 * @param end   exclusive, not before {@code start}
 */
public record Pause(Instant start, Instant end) {

    public Pause {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("pause ends before it starts: " + start + " > " + end);
        }
    }

    /** Sorted by start, overlapping or touching pauses joined, empty ones dropped. */
    static List<Pause> merged(List<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::start));
        List<Pause> merged = new ArrayList<>(sorted.size());
        for (Pause p : sorted) {
            if (p.start.equals(p.end)) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && !p.start.isAfter(merged.get(last).end)) {
                Pause previous = merged.get(last);
                merged.set(last, new Pause(previous.start, max(previous.end, p.end)));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
