package com.helpdesk.tenantadmin;

/** Joins field paths the way the API reports them: {@code a.b[2].c}. */
final class FieldPath {

    private FieldPath() {
    }

    static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        if (field.isEmpty()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }
}
