package com.helpdesk.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One known fix found. {@code highlights} maps {@code title}, {@code symptom}, {@code cause} and
 * {@code fix} to fragments where the query's words matched, HTML-escaped, with matches in
 * {@code <em>}; a fix found by meaning alone may have none.
 */
public record KnownFixHit(String id, String productLine, String model, String title, String symptom, String cause,
        String fix, List<String> parts, int severity, Instant resolvedAt, double score,
        Map<String, List<String>> highlights) {

    public KnownFixHit {
        parts = List.copyOf(parts);
        highlights = Map.copyOf(highlights);
    }
}
