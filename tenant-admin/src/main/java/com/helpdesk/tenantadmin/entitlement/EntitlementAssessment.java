package com.helpdesk.tenantadmin.entitlement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the customer is entitled to on {@code today}: the findings, the remedies they open, and
 * sentences an agent can read to the caller.
 *
 * @param today        the local date in the tenant's zone
 * @param day          days since purchase, the purchase date being day 1
 * @param entitlements the findings, in the order an agent would explain them
 */
public record EntitlementAssessment(LocalDate today, int day, List<Entitlement> entitlements) {

    public EntitlementAssessment {
        entitlements = List.copyOf(entitlements);
    }

    /** Every remedy open today, whatever the ground. */
    public Set<Remedy> openRemedies() {
        Set<Remedy> open = EnumSet.noneOf(Remedy.class);
        entitlements.forEach(e -> open.addAll(e.remedies()));
        return open;
    }

    /** Why a remedy is open: the findings that open it; empty if it is not. */
    public List<Entitlement> grounds(Remedy remedy) {
        return entitlements.stream().filter(e -> e.remedies().contains(remedy)).toList();
    }

    /** One plain sentence per finding, in English or Chinese (other locales get English). */
    public List<String> sentences(Locale locale) {
        Sentences sentences = new Sentences(locale);
        return entitlements.stream().map(sentences::of).toList();
    }
}
