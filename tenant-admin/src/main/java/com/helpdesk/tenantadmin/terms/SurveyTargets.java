package com.helpdesk.tenantadmin.terms;

/**
 * Satisfaction-survey targets.
 *
 * @param responseRate             share of customers who must answer, e.g. 0.80
 * @param keyCustomerResponseRate  share of key customers who must answer, e.g. 1.00
 * @param passScore                score at which a technician passes, e.g. 8 …
 * @param scale                    … out of 10
 * @param collectWithinDays        surveys collected within this many days
 */
public record SurveyTargets(double responseRate, double keyCustomerResponseRate, int passScore, int scale,
                            int collectWithinDays) {
}
