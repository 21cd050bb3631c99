package com.helpdesk.platform.web;

import com.helpdesk.tenantadmin.Violations;

/**
 * Checks of free text in request bodies: stripped, bounded, free of control characters (line
 * breaks and tabs allowed in multi-line text). Markup stays text; it is escaped where it is shown.
 */
public final class TextInput {

    private TextInput() {
    }

    /** A single line such as a subject or a name; the stripped value, empty when absent. */
    public static String line(Violations violations, String field, String value, int max, boolean required) {
        return check(violations, field, value, max, required, false);
    }

    /** Text over several lines; the stripped value, empty when absent. */
    public static String text(Violations violations, String field, String value, int max, boolean required) {
        return check(violations, field, value, max, required, true);
    }

    private static String check(Violations violations, String field, String value, int max, boolean required,
            boolean multiLine) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                violations.add(field, "is required");
            }
            return stripped;
        }
        if (stripped.length() > max) {
            violations.add(field, "must be at most " + max + " characters");
        }
        else if (stripped.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))) {
            violations.add(field, multiLine ? "must not contain control characters"
                    : "must be one line without control characters");
        }
        return stripped;
    }
}
