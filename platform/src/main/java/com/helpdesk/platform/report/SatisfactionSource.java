package com.helpdesk.platform.report;

import java.time.Instant;
import java.util.Optional;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Where the quality report gets its satisfaction figures from: the return-visit and survey feature
 * implements this port as a bean; until one exists the report says it has no survey data.
 * Called inside the report's tenant transaction.
 */
public interface SatisfactionSource {

    /** Satisfaction of the surveys about tickets reported in {@code [from, to)}; empty if none are kept. */
    Optional<SatisfactionFigures> of(TenantId tenant, Instant from, Instant to);

    /**
     * @param surveysSent  surveys sent (return visits attempted) for the month's tickets
     * @param responses    surveys answered
     * @param averageScore mean score of the answers on a 0–10 scale; null without answers
     * @param satisfied    answers at or above the vendor's pass mark (e.g. 8 of 10)
     */
    record SatisfactionFigures(long surveysSent, long responses, Double averageScore, long satisfied) {

        public SatisfactionFigures {
            if (surveysSent < 0 || responses < 0 || satisfied < 0 || responses > surveysSent || satisfied > responses) {
                throw new IllegalArgumentException("inconsistent survey counts: sent " + surveysSent + ", responses "
                        + responses + ", satisfied " + satisfied);
            }
        }
    }
}
