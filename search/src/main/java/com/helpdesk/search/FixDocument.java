package com.helpdesk.search;

import java.util.List;

/**
 * A known fix as stored in Elasticsearch. The bigram fields and the embedding are derived here and
 * left out of {@code _source} (the mapping excludes them): a rebuild starts from PostgreSQL, never
 * from the index, so they are never read back.
 */
record FixDocument(String tenantId, String fixId, String productLine, String model, String title, String symptom,
        String cause, String fix, List<String> parts, int severity, String resolvedAt, String titleBigrams,
        String symptomBigrams, String causeBigrams, String fixBigrams, float[] embedding) {

    static FixDocument of(KnownFix fix, float[] embedding) {
        return new FixDocument(fix.tenantId(), fix.id(), fix.productLine(), fix.model(), fix.title(), fix.symptom(),
                fix.cause(), fix.fix(), fix.parts(), fix.severity(), fix.resolvedAt().toString(),
                CjkBigrams.of(fix.title()), CjkBigrams.of(fix.symptom()), CjkBigrams.of(fix.cause()),
                CjkBigrams.of(fix.fix()), embedding);
    }

    /**
     * What the embedding of a fix is made of: how the fault shows and why (callers describe symptoms,
     * sometimes a suspected cause; the repair steps would dilute the vector), plus the glossary's
     * other-language names of the products and faults in its title and symptom. A query's embedding
     * gets the same words, so a complaint and a report in different languages meet, which the small
     * model alone does poorly.
     */
    static String meaning(KnownFix fix, Glossary glossary) {
        String text = String.join("。", List.of(fix.title(), fix.symptom(), fix.cause()).stream()
            .filter(s -> !s.isEmpty()).toList());
        String translations = glossary.expand(fix.title() + " " + fix.symptom()).translations();
        return translations.isEmpty() ? text : text + " " + translations;
    }

    /** The Elasticsearch id: ids are unique per tenant only. */
    static String documentId(String tenantId, String fixId) {
        return tenantId + ":" + fixId;
    }
}
