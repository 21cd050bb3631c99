package com.helpdesk.tenantadmin;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while a whole structure is checked, so that one submission reports every
 * problem at once. A collector scoped with {@link #at} shares the list and prefixes the path.
 *
 * <pre>{@code
 * Violations violations = Violations.collect();
 * violations.at("levels", 1).at("targets").add("restore", "must be positive");
 * violations.throwIfAny();
 * }</pre>
 */
public final class Violations {

    private final List<Violation> found;
    private final String path;

    private Violations(List<Violation> found, String path) {
        this.found = found;
        this.path = path;
    }

    /** A new, empty collector at the root path. */
    public static Violations collect() {
        return new Violations(new ArrayList<>(), "");
    }

    /** A view that records under {@code field} below the current path. */
    public Violations at(String field) {
        return new Violations(found, FieldPaths.join(path, field));
    }

    /** A view that records under {@code field[index]} below the current path. */
    public Violations at(String field, int index) {
        return new Violations(found, FieldPaths.join(path, field) + "[" + index + "]");
    }

    /** Records a violation of the value at the current path. */
    public void add(String message) {
        found.add(new Violation(path, message));
    }

    /** Records a violation of {@code field} below the current path. */
    public void add(String field, String message) {
        at(field).add(message);
    }

    /** Records a violation at the current path when {@code value} is null; answers whether it was present. */
    public boolean require(String field, Object value) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws one {@link InvalidInputException} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
