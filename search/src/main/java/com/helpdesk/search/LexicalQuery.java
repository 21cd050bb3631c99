package com.helpdesk.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * The words retriever: the query's words on the analysed fields (with typo tolerance for Latin
 * words) plus its CJK bigrams on the bigram fields, which is where Chinese gets its ranking; fault
 * codes weigh extra; the glossary's other names for what was said add a weaker hint. Only match
 * queries: the text is never parsed as query syntax.
 */
final class LexicalQuery {

    /** Where a match says most about a fix: callers describe symptoms. */
    private static final String[] WORD_FIELDS = { "title^2", "symptom^1.5", "cause", "fix^0.5", "parts^0.5",
            "model.words" };
    private static final String[] BIGRAM_FIELDS = { "titleBigrams^2", "symptomBigrams^1.5", "causeBigrams",
            "fixBigrams^0.5" };

    static final float SYNONYM_WEIGHT = 0.5f;
    static final float TYPO_WEIGHT = 0.5f;
    static final float CODE_WEIGHT = 2.0f;
    private static final String[] TYPO_FIELDS = { "title", "symptom", "cause" };

    private LexicalQuery() {
    }

    static Query of(KnownFixQuery query, Glossary.Expansion expansion) {
        return Query.of(root -> root.bool(b -> {
            b.filter(SearchFilters.of(query));
            b.must(m -> m.bool(words -> {
                words.should(matches(query.text(), 1.0f, true));
                List<String> codes = FaultCodes.of(query.text());
                if (!codes.isEmpty()) {
                    // A fault code names the fault (E3 is not E4); one matching code outweighs a few
                    // shared characters of the description.
                    words.should(s -> s.multiMatch(mm -> mm.query(String.join(" ", codes))
                        .fields(List.of(WORD_FIELDS)).type(TextQueryType.MostFields).operator(Operator.Or)
                        .boost(CODE_WEIGHT)));
                }
                // Glossary words the caller did not say are spelled right: no fuzziness (which costs an
                // automaton per word and field, seconds on a busy node).
                String other = (expansion.synonyms() + " " + expansion.translations()).strip();
                if (!other.isEmpty()) {
                    words.should(matches(other, SYNONYM_WEIGHT, false));
                }
                return words.minimumShouldMatch("1");
            }));
            return b;
        }));
    }

    private static Query matches(String text, float boost, boolean forgiveTypos) {
        String bigrams = CjkBigrams.of(text);
        List<String> latin = LatinWords.of(text);
        return Query.of(q -> q.bool(b -> {
            b.boost(boost);
            b.should(s -> s.multiMatch(mm -> mm.query(text).fields(List.of(WORD_FIELDS))
                .type(TextQueryType.MostFields).operator(Operator.Or)));
            if (!bigrams.isEmpty()) {
                b.should(s -> s.multiMatch(mm -> mm.query(bigrams).fields(List.of(BIGRAM_FIELDS))
                    .type(TextQueryType.MostFields).operator(Operator.Or)));
            }
            if (forgiveTypos && !latin.isEmpty()) {
                // Typos only in Latin words of three letters or more (AUTO: one edit up to five letters, two
                // above); Chinese input methods make wrong characters, not edits, and those the bigrams
                // and the embedding absorb.
                b.should(s -> s.multiMatch(mm -> mm.query(String.join(" ", latin)).fields(List.of(TYPO_FIELDS))
                    .type(TextQueryType.MostFields).operator(Operator.Or).fuzziness("AUTO").prefixLength(1)
                    .maxExpansions(10).boost(TYPO_WEIGHT)));
            }
            return b;
        }));
    }
}
