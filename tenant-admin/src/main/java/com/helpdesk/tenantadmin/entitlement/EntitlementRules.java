package com.helpdesk.tenantadmin.entitlement;

import com.helpdesk.tenantadmin.Violations;

import java.util.List;

/**
 * Entitlement rules for some product lines; each rule may be absent (does not apply).
 * Checked by the terms that hold it ({@link #validate}).
 *
 * @param productLines    the product lines these rules apply to; at least one
 * @param threeGuarantees consumer three-guarantees windows, for consumer goods such as PCs
 * @param replacement     the vendor's "N failed repairs of the same fault → new unit" rule
 * @param dealerCard      the dealer warranty-card deadline
 * @param noReasonReturn  no-reason return of unused goods
 */
public record EntitlementRules(
        List<String> productLines,
        ThreeGuarantees threeGuarantees,
        ReplacementRule replacement,
        DealerCardRule dealerCard,
        NoReasonReturn noReasonReturn) {

    public EntitlementRules {
        productLines = productLines == null ? List.of() : productLines.stream().toList();
    }

    /** Adds every broken rule to {@code violations}, at paths below these rules. */
    public void validate(Violations violations) {
        if (productLines.isEmpty()) {
            violations.add("productLines", "name at least one product line");
        }
        for (int i = 0; i < productLines.size(); i++) {
            if (productLines.get(i) == null || productLines.get(i).isBlank()) {
                violations.at("productLines", i).add("must not be blank");
            }
        }
        if (threeGuarantees != null) {
            checkThreeGuarantees(violations.at("threeGuarantees"), threeGuarantees);
        }
        if (replacement != null) {
            atLeastOne(violations.at("replacement"), "failedRepairs", replacement.failedRepairs());
        }
        if (dealerCard != null) {
            atLeastOne(violations.at("dealerCard"), "withinDays", dealerCard.withinDays());
        }
        if (noReasonReturn != null) {
            atLeastOne(violations.at("noReasonReturn"), "withinDays", noReasonReturn.withinDays());
        }
    }

    private static void checkThreeGuarantees(Violations at, ThreeGuarantees rules) {
        atLeastOne(at, "returnDays", rules.returnDays());
        atLeastOne(at, "failedRepairsForReturn", rules.failedRepairsForReturn());
        if (rules.exchangeDays() < rules.returnDays()) {
            at.add("exchangeDays", "must not be shorter than returnDays (%d)".formatted(rules.returnDays()));
        }
        if (rules.repairDays() < rules.exchangeDays()) {
            at.add("repairDays", "must not be shorter than exchangeDays (%d)".formatted(rules.exchangeDays()));
        }
    }

    private static void atLeastOne(Violations at, String field, int value) {
        if (value < 1) {
            at.add(field, "must be at least 1, was " + value);
        }
    }
}
