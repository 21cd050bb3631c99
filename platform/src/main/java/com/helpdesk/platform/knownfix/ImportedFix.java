package com.helpdesk.platform.knownfix;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import com.helpdesk.tenantadmin.Violations;

/**
 * A fault report imported from a vendor's earlier records, in the corpus format of
 * {@code infra/demo/known-fixes.jsonl} (one JSON object per line, the tenant named by its slug).
 */
record ImportedFix(String tenant, String id, String productLine, String model, String title, String symptom,
        String cause, String fix, List<String> parts, int severity, Instant resolvedAt) {

    /** Ticket fixes are {@code ticket-<uuid>}: an import may not take such an id. */
    private static final Pattern ID = Pattern.compile("(?!ticket-)[A-Za-z0-9._-]{1,100}");

    /** Reads one line; what is wrong goes into {@code violations} under {@code lines[index]}. */
    static ImportedFix read(JsonNode line, int index, Violations violations) {
        Violations at = violations.at("lines", index);
        String id = text(line, "id");
        if (!ID.matcher(id).matches()) {
            at.add("id", "must be 1 to 100 letters, digits, '.', '_' or '-', not starting with 'ticket-'");
        }
        String tenant = text(line, "tenant");
        at.require("tenant", tenant.isBlank() ? null : tenant);
        String symptom = text(line, "symptom");
        String cause = text(line, "cause");
        String fix = text(line, "fix");
        if (symptom.isBlank() && cause.isBlank() && fix.isBlank()) {
            at.add("symptom", "a known fix needs a symptom, a cause or a fix");
        }
        int severity = line.path("severity").asInt(0);
        if (severity < 1 || severity > 4) {
            at.add("severity", "must be between 1 and 4");
        }
        Instant resolvedAt = date(line.path("resolvedAt").asString(""), at);
        limit(at, "productLine", text(line, "productLine"), 100);
        limit(at, "model", text(line, "model"), 100);
        limit(at, "title", text(line, "title"), 500);
        limit(at, "symptom", symptom, 8000);
        limit(at, "cause", cause, 4000);
        limit(at, "fix", fix, 4000);
        List<String> parts = line.path("parts").valueStream().map(p -> p.asString("")).filter(p -> !p.isBlank())
            .toList();
        return new ImportedFix(tenant, id, text(line, "productLine"), text(line, "model"), text(line, "title"), symptom,
                cause, fix, parts, severity, resolvedAt);
    }

    private static void limit(Violations at, String field, String value, int max) {
        if (value.length() > max) {
            at.add(field, "must be at most " + max + " characters");
        }
    }

    private static String text(JsonNode line, String field) {
        return line.path(field).asString("").strip();
    }

    private static Instant date(String value, Violations at) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(value);
        }
        catch (RuntimeException e) {
            at.add("resolvedAt", "must be a date (2025-03-01) or an instant");
            return Instant.EPOCH;
        }
    }
}
