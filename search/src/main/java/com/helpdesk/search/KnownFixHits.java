package com.helpdesk.search;

import java.util.List;

/**
 * A page of known fixes, best first. {@code total} counts the ranked results a caller can page
 * through (at most the configured number of candidates); the facets count them by product line and
 * by model.
 */
public record KnownFixHits(List<KnownFixHit> hits, int page, int size, int total, List<Facet> productLines,
        List<Facet> models) {

    public KnownFixHits {
        hits = List.copyOf(hits);
        productLines = List.copyOf(productLines);
        models = List.copyOf(models);
    }

    /** How many results have this value. */
    public record Facet(String value, int count) {
    }
}
