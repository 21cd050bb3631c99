package com.helpdesk.tenantadmin;

/** Joins field paths the way the API reports them: {@code a.b[2].c}. */
public final class FieldPaths {

    private FieldPaths() {
    }

    public static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        if (field.isEmpty()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }
}
