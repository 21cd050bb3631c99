package com.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance targets of the known-fix search on the labelled dev queries, against the real
 * Elasticsearch: MRR@10 >= 0.92 and recall@5 >= 0.95 overall, and never a hit of another tenant.
 * The figures are printed; {@code search/EVALUATION.md} records them.
 */
class KnownFixRelevanceIntegrationTests {

    static TestIndex index;
    static RelevanceEvaluation.Report report;

    @BeforeAll
    static void indexTheCorpus() {
        index = TestIndex.create();
        index.fixes().index(Corpus.fixes(Corpus.fixesFile()));
        index.fixes().refresh();
        List<Corpus.LabelledQuery> queries = Corpus.queries(Corpus.queriesFile());
        report = RelevanceEvaluation.evaluate(index.fixes(), queries);
        System.out.println("Known-fix relevance on " + Corpus.queriesFile() + ":\n" + report.text());
    }

    @AfterAll
    static void dropTheIndex() {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void ranksARelevantFixFirstForNearlyEveryQuery() {
        assertThat(report.overall().mrr10()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void findsNearlyEveryRelevantFixInTheTopFive() {
        assertThat(report.overall().recall5()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void neverReturnsAnotherTenantsFix() {
        assertThat(report.overall().foreignHits()).isZero();
    }
}
