package com.helpdesk.tenantadmin.entitlement;

import com.helpdesk.tenantadmin.entitlement.Entitlement.RuleSource;
import com.helpdesk.tenantadmin.entitlement.Entitlement.ThreeGuaranteesPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The three-guarantees windows and the law's "repaired twice, still failing → return". */
final class ThreeGuaranteesRule {

    private ThreeGuaranteesRule() {
    }

    static List<Entitlement> apply(ThreeGuarantees rules, LocalDate purchase, int day, List<Repair> past) {
        List<Entitlement> found = new ArrayList<>();
        found.add(period(rules, purchase, day));
        if (day <= rules.repairDays()) {
            LocalDate periodEnd = purchase.plusDays(rules.repairDays() - 1L);
            found.addAll(RepeatedFailures.reaching(past, purchase, periodEnd, rules.failedRepairsForReturn(),
                    Remedy.RETURN, RuleSource.CONSUMER_LAW));
        }
        return found;
    }

    private static ThreeGuaranteesPeriod period(ThreeGuarantees rules, LocalDate purchase, int day) {
        if (day <= rules.returnDays()) {
            return window(purchase, day, rules.returnDays(), EnumSet.of(Remedy.RETURN, Remedy.EXCHANGE, Remedy.REPAIR));
        }
        if (day <= rules.exchangeDays()) {
            return window(purchase, day, rules.exchangeDays(), EnumSet.of(Remedy.EXCHANGE, Remedy.REPAIR));
        }
        if (day <= rules.repairDays()) {
            return window(purchase, day, rules.repairDays(), EnumSet.of(Remedy.REPAIR));
        }
        return window(purchase, day, rules.repairDays(), Set.of());
    }

    private static ThreeGuaranteesPeriod window(LocalDate purchase, int day, int windowDays, Set<Remedy> remedies) {
        return new ThreeGuaranteesPeriod(day, remedies, windowDays, purchase.plusDays(windowDays - 1L));
    }
}
