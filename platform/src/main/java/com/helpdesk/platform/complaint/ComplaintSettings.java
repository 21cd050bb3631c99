package com.helpdesk.platform.complaint;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The escalation chain of complaints ({@code helpdesk.complaints.*}). The terms promise a reply
 * within a time (complaintReply); an unanswered complaint climbs these tiers at these shares of
 * that time, the last at the breach itself: "a more senior engineer, up to a company manager".
 *
 * @param escalation the tiers in order, each at a share of the reply target in (0, 1], rising
 */
@ConfigurationProperties("helpdesk.complaints")
record ComplaintSettings(List<Step> escalation) {

    static final List<Step> DEFAULT_CHAIN = List.of(new Step(0.5, "senior-engineer"), new Step(1.0, "manager"));

    ComplaintSettings {
        escalation = escalation == null || escalation.isEmpty() ? DEFAULT_CHAIN : List.copyOf(escalation);
        double previous = 0;
        for (Step step : escalation) {
            if (!(step.share() > previous && step.share() <= 1.0) || step.tier() == null || step.tier().isBlank()) {
                throw new IllegalArgumentException("helpdesk.complaints.escalation: each step needs a tier and a "
                        + "share above the previous one and at most 1, was " + step);
            }
            previous = step.share();
        }
    }

    record Step(double share, String tier) {
    }
}
