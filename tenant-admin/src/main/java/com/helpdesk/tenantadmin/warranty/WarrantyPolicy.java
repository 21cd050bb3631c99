package com.helpdesk.tenantadmin.warranty;

import com.helpdesk.tenantadmin.Violations;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A product line's warranty: what it counts from, each component's cover, the out-of-warranty
 * charging rule and the exclusions an agent reads out. Checked by the terms that hold it
 * ({@link #validate}), so that one submission reports every problem with its full path.
 *
 * @param productLine  the product line it applies to ("laptop", "solar-water-heater")
 * @param startsFrom   purchase or acceptance date
 * @param components   cover per component; at least one
 * @param outOfWarranty what a repair costs after cover ends
 * @param exclusions   what the warranty does not cover, as the vendor words it
 */
public record WarrantyPolicy(
        String productLine,
        WarrantyStart startsFrom,
        List<ComponentWarranty> components,
        OutOfWarrantyCharging outOfWarranty,
        List<String> exclusions) {

    public WarrantyPolicy {
        components = components == null ? List.of() : components.stream().toList();
        exclusions = exclusions == null ? List.of() : exclusions.stream().toList();
    }

    /** Adds every broken rule of this policy to {@code violations}, at paths below it. */
    public void validate(Violations violations) {
        if (productLine == null || productLine.isBlank()) {
            violations.add("productLine", "is required");
        }
        violations.require("startsFrom", startsFrom);
        if (components.isEmpty()) {
            violations.add("components", "name at least one covered component");
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            checkComponent(violations.at("components", i), components.get(i), i, names);
        }
        if (violations.require("outOfWarranty", outOfWarranty)) {
            checkCharging(violations.at("outOfWarranty"), outOfWarranty);
        }
        for (int i = 0; i < exclusions.size(); i++) {
            if (exclusions.get(i) == null || exclusions.get(i).isBlank()) {
                violations.at("exclusions", i).add("must not be blank");
            }
        }
    }

    private static void checkComponent(Violations at, ComponentWarranty component, int index, Map<String, Integer> names) {
        if (!at.require("", component)) {
            return;
        }
        if (component.component() == null || component.component().isBlank()) {
            at.add("component", "is required");
        } else {
            Integer earlier = names.putIfAbsent(component.component(), index);
            if (earlier != null) {
                at.add("component", "duplicates components[%d]".formatted(earlier));
            }
        }
        if (component.months() < 1) {
            at.add("months", "must be at least 1, was " + component.months());
        }
    }

    private static void checkCharging(Violations at, OutOfWarrantyCharging charging) {
        if (!at.require("rule", charging.rule())) {
            return;
        }
        if (charging.rule() == ChargingRule.PARTS_AT_COST_ONLY) {
            if (charging.labourFee() != null) {
                at.add("labourFee", "parts at cost only charges no labour fee");
            }
            if (charging.callOutFee() != null) {
                at.add("callOutFee", "parts at cost only charges no call-out fee");
            }
            return;
        }
        checkFee(at, "labourFee", charging.labourFee());
        checkFee(at, "callOutFee", charging.callOutFee());
    }

    private static void checkFee(Violations at, String field, Money fee) {
        if (fee != null && fee.amount().compareTo(BigDecimal.ZERO) < 0) {
            at.add(field, "must not be negative");
        }
    }
}
