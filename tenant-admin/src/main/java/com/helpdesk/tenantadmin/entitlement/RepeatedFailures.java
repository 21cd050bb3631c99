package com.helpdesk.tenantadmin.entitlement;

import com.helpdesk.tenantadmin.entitlement.Entitlement.RepeatedFailure;
import com.helpdesk.tenantadmin.entitlement.Entitlement.RuleSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts failed repairs per fault: repairs of the same fault code, dated within a period, whose
 * outcome was {@link RepairOutcome#STILL_FAILING}. Faults reaching the threshold open the remedy.
 */
final class RepeatedFailures {

    private RepeatedFailures() {
    }

    static List<RepeatedFailure> reaching(List<Repair> repairs, LocalDate from, LocalDate through, int threshold,
                                          Remedy remedy, RuleSource source) {
        Map<String, Integer> failed = new TreeMap<>();
        for (Repair repair : repairs) {
            boolean inPeriod = !repair.date().isBefore(from) && !repair.date().isAfter(through);
            if (inPeriod && repair.outcome() == RepairOutcome.STILL_FAILING) {
                failed.merge(repair.faultCode(), 1, Integer::sum);
            }
        }
        return failed.entrySet().stream()
                .filter(e -> e.getValue() >= threshold)
                .map(e -> new RepeatedFailure(e.getKey(), e.getValue(), threshold, remedy, source))
                .toList();
    }
}
