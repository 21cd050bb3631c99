package com.helpdesk.tenantadmin.entitlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the customer is entitled to, with the sentences an agent reads out in both languages. */
record EntitlementView(LocalDate today, int day, Set<Remedy> openRemedies, List<String> sentencesZh,
        List<String> sentencesEn) {

    static EntitlementView of(EntitlementAssessment assessment) {
        return new EntitlementView(assessment.today(), assessment.day(), assessment.openRemedies(),
                assessment.sentences(Locale.SIMPLIFIED_CHINESE), assessment.sentences(Locale.ENGLISH));
    }
}
