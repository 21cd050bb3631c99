package com.helpdesk.platform.customer;

import java.util.List;
import java.time.LocalDate;

import com.helpdesk.tenantadmin.Violations;

/**
 * Checks of what people type into the archive. Text is kept as text: nothing is stripped or
 * rewritten (markup is escaped where it is shown), only bounded and kept free of control
 * characters, which no form produces and which break logs and CSV exports.
 */
final class TextFields {

    private TextFields() {
    }

    /** A required single-line value of at most {@code max} characters; answers whether it passed. */
    static boolean required(Violations at, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            at.add(field, "is required");
            return false;
        }
        return optional(at, field, value, max, false);
    }

    /** An optional value of at most {@code max} characters; multi-line values may hold line breaks and tabs. */
    static boolean optional(Violations at, String field, String value, int max, boolean multiLine) {
        if (value == null) {
            return true;
        }
        if (value.length() > max) {
            at.add(field, "must be at most " + max + " characters long, was " + value.length());
            return false;
        }
        boolean control = value.chars()
            .anyMatch(c -> Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            at.add(field, "must not contain control characters");
            return false;
        }
        return true;
    }

    /** One of the allowed codes; answers whether it passed. */
    static boolean oneOf(Violations at, String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            at.add(field, "must be one of " + String.join(", ", allowed));
            return false;
        }
        return true;
    }

    /** A date that is not after {@code today}. */
    static void notAfter(Violations at, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            at.add(field, "cannot be in the future");
        }
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
