package com.helpdesk.platform.customer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.helpdesk.platform.customer.RepairsOfCustomer.RecordedRepair;
import com.helpdesk.tenantadmin.entitlement.Entitlement;
import com.helpdesk.tenantadmin.entitlement.EntitlementAssessment;
import com.helpdesk.tenantadmin.entitlement.EntitlementRules;
import com.helpdesk.tenantadmin.entitlement.Repair;
import com.helpdesk.tenantadmin.entitlement.RepairOutcome;
import com.helpdesk.tenantadmin.entitlement.Remedy;

/**
 * The repeat-fault watch of one device: its repairs as the entitlement rules read them, and per
 * fault code how often it was repaired and whether a rule now opens a remedy. Pure.
 *
 * <p>Every recorded repair of a fault counts as one that did not last. The vendors' rules read
 * "repaired N times and still failing"; the ledger only learns of a fault again when the customer
 * reports it again, and the archive is read exactly then, while the customer is on the line with
 * the fault back. A repair recorded without a fault code counts towards no rule.
 */
final class RepeatFaults {

    private RepeatFaults() {
    }

    /** The device's repairs for the evaluator, dated in the tenant's zone. */
    static List<Repair> history(List<RecordedRepair> repairs, ZoneId zone) {
        return repairs.stream()
            .map(r -> new Repair(LocalDate.ofInstant(r.repairedAt(), zone), r.faultCode(), RepairOutcome.STILL_FAILING))
            .toList();
    }

    /** One flag per fault code repaired at least twice, or reaching a rule, in the order first repaired. */
    static List<CallerArchive.RepeatFault> flags(List<RecordedRepair> repairs, EntitlementRules rules,
            EntitlementAssessment assessment, ZoneId zone) {
        Map<String, List<RecordedRepair>> byFault = new LinkedHashMap<>();
        repairs.forEach(r -> byFault.computeIfAbsent(r.faultCode(), k -> new ArrayList<>()).add(r));
        Integer replacementAfter = rules == null || rules.replacement() == null ? null
                : rules.replacement().failedRepairs();
        List<CallerArchive.RepeatFault> flags = new ArrayList<>();
        byFault.forEach((fault, list) -> {
            Set<Remedy> opened = assessment == null ? Set.of() : assessment.entitlements().stream()
                .filter(Entitlement.RepeatedFailure.class::isInstance)
                .map(Entitlement.RepeatedFailure.class::cast)
                .filter(f -> f.faultCode().equals(fault))
                .map(Entitlement.RepeatedFailure::remedy)
                .collect(Collectors.toSet());
            if (list.size() >= 2 || !opened.isEmpty()) {
                flags.add(new CallerArchive.RepeatFault(fault, list.size(),
                        list.stream().map(RecordedRepair::ticketNumber).toList(),
                        LocalDate.ofInstant(list.getLast().repairedAt(), zone),
                        replacementAfter, opened.contains(Remedy.REPLACEMENT), opened.contains(Remedy.RETURN)));
            }
        });
        return flags;
    }
}
