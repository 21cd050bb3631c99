package com.helpdesk.tenantadmin.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wall-clock time from 00:00 to 24:00 inclusive. {@link java.time.LocalTime} cannot say 24:00,
 * which opening hours need ("08:00–24:00"). Written as {@code "HH:mm"} or {@code "HH:mm:ss"}.
 *
 * @param secondOfDay seconds after midnight, 0..86400
 */
public record TimeOfDay(int secondOfDay) implements Comparable<TimeOfDay> {

    public static final int SECONDS_PER_DAY = 86_400;
    public static final TimeOfDay MIDNIGHT = new TimeOfDay(0);
    public static final TimeOfDay END_OF_DAY = new TimeOfDay(SECONDS_PER_DAY);

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2}))?");

    public TimeOfDay {
        if (secondOfDay < 0 || secondOfDay > SECONDS_PER_DAY) {
            throw new IllegalArgumentException("second of day out of 0..86400: " + secondOfDay);
        }
    }

    public static TimeOfDay of(int hour, int minute) {
        return parse("%02d:%02d".formatted(hour, minute));
    }

    /** Reads {@code "08:30"}, {@code "17:30:15"} or {@code "24:00"}. */
    @JsonCreator
    public static TimeOfDay parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw invalid(text);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int total = hour * 3600 + minute * 60 + second;
        if (minute > 59 || second > 59 || total > SECONDS_PER_DAY) {
            throw invalid(text);
        }
        return new TimeOfDay(total);
    }

    @Override
    public int compareTo(TimeOfDay other) {
        return Integer.compare(secondOfDay, other.secondOfDay);
    }

    @JsonValue
    @Override
    public String toString() {
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        return s == 0 ? "%02d:%02d".formatted(h, m) : "%02d:%02d:%02d".formatted(h, m, s);
    }

    private static InvalidInputException invalid(String text) {
        return new InvalidInputException(List.of(
                new Violation("", "not a time of day between 00:00 and 24:00 (HH:mm): " + text)));
    }
}
