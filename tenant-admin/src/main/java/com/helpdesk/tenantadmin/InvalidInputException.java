package com.helpdesk.tenantadmin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Submitted settings (service terms, a tenant, a hotline, or a part of them) broke one or more rules. Carries every violation found, each with
 * its field path, so the API layer can answer with one problem-details document listing them all.
 */
public final class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * The same violations re-rooted under {@code prefix}: a part validated on its own (a calendar
     * inside terms, say) reports paths relative to itself.
     */
    public InvalidInputException within(String prefix) {
        return new InvalidInputException(violations.stream()
                .map(v -> new Violation(FieldPaths.join(prefix, v.field()), v.message()))
                .toList());
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        return violations.stream()
                .map(v -> (v.field().isEmpty() ? "(value)" : v.field()) + ": " + v.message())
                .collect(Collectors.joining("; ", violations.size() + " violation(s): ", ""));
    }
}
