package com.helpdesk.platform.web;

import java.util.List;

import tools.jackson.core.JacksonException;

import com.helpdesk.tenantadmin.FieldPaths;
import com.helpdesk.tenantadmin.InvalidInputException;

/**
 * Turns a request body that could not be read into field errors. Records validate themselves in
 * their constructors, so a rule broken deep inside a body surfaces here as a Jackson failure
 * whose path tells where; the record's own violations are re-rooted under that path.
 */
final class UnreadableBodies {

    private UnreadableBodies() {
    }

    static List<FieldError> fieldErrors(Throwable failure) {
        JacksonException jackson = find(failure, JacksonException.class);
        String path = jackson == null ? "" : path(jackson);
        InvalidInputException invalid = find(failure, InvalidInputException.class);
        if (invalid != null) {
            return invalid.violations().stream()
                .map(v -> new FieldError(FieldPaths.join(path, v.field()), v.message()))
                .toList();
        }
        IllegalArgumentException rejected = find(failure, IllegalArgumentException.class);
        if (jackson != null && rejected != null && rejected.getMessage() != null) {
            return List.of(new FieldError(path, rejected.getMessage()));
        }
        if (jackson != null && !path.isEmpty()) {
            return List.of(new FieldError(path, "has a value of the wrong type or format"));
        }
        return List.of(new FieldError("", "The request body is not valid JSON for this request."));
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
