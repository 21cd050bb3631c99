package com.helpdesk.platform.knownfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.Violations;

/**
 * A JSON Lines file of known fixes (the corpus format), read all or nothing: every bad line is
 * reported, and nothing is imported while any is.
 */
final class KnownFixFile {

    /** More than a vendor's whole history of write-ups is not an import but a mistake. */
    static final int MAX_LINES = 20_000;

    private KnownFixFile() {
    }

    /** The fixes by tenant slug, in file order. */
    static Map<String, List<ImportedFix>> read(String text, JsonMapper json) {
        Violations violations = Violations.collect();
        Map<String, List<ImportedFix>> byTenant = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        if (lines.length > MAX_LINES) {
            violations.add("lines", "must be at most " + MAX_LINES);
            violations.throwIfAny();
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode line;
            try {
                line = json.readTree(lines[i]);
            }
            catch (JacksonException e) {
                violations.at("lines", i).add("is not a JSON object");
                continue;
            }
            if (!line.isObject()) {
                violations.at("lines", i).add("is not a JSON object");
                continue;
            }
            ImportedFix fix = ImportedFix.read(line, i, violations);
            byTenant.computeIfAbsent(fix.tenant(), t -> new ArrayList<>()).add(fix);
        }
        if (byTenant.isEmpty()) {
            violations.add("lines", "must hold at least one known fix");
        }
        violations.throwIfAny();
        return byTenant;
    }
}
