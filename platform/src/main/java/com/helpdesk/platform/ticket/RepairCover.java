package com.helpdesk.platform.ticket;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.helpdesk.tenantadmin.entitlement.Device;
import com.helpdesk.tenantadmin.entitlement.Entitlement.ComponentCover;
import com.helpdesk.tenantadmin.entitlement.Entitlement.CoverStatus;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.warranty.WarrantyPolicy;

/**
 * What the warranty covered for a repair, under the terms version the ticket was opened with:
 * the product line's policy (absent if the terms have none for it) and each component's cover on
 * the day the fault was reported. Pure.
 *
 * <p>Cover is judged on the report date, not the repair date: a customer who reported a fault on
 * the last day of cover keeps it while the vendor takes a week to fix it.
 *
 * @param components each component's cover, in the policy's order; empty when no purchase date
 *                   is known, which establishes no cover (no proof of purchase, no warranty claim)
 * @param finding    why there is no policy or no cover, for the charge basis; empty otherwise
 */
record RepairCover(int termsVersion, String productLine, WarrantyPolicy policy,
        Map<String, ComponentCover> components, String finding) {

    RepairCover {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }

    /**
     * @param device     the registered device, or null: then the ticket's own product line and
     *                   purchase date stand in for it
     * @param reportedOn the local date of the fault report in the terms' zone
     */
    static RepairCover of(ServiceTerms terms, Ticket ticket, Device device, LocalDate reportedOn) {
        String productLine = device != null ? device.productLine() : ticket.productLine();
        int version = terms.version();
        WarrantyPolicy policy = productLine == null || productLine.isBlank() ? null
                : terms.warrantyFor(productLine).orElse(null);
        if (policy == null) {
            return new RepairCover(version, productLine, null, Map.of(), "terms version " + version
                    + " have no warranty policy for " + (productLine == null || productLine.isBlank()
                            ? "a ticket without a product line" : "the product line '" + productLine + "'"));
        }
        Device facts = device != null ? device
                : ticket.purchaseDate() == null ? null
                : new Device(productLine, ticket.purchaseDate(), null, null, false);
        if (facts == null) {
            return new RepairCover(version, productLine, policy, Map.of(),
                    "no purchase date is recorded, so no warranty cover can be established");
        }
        // A device registered later with a purchase date after the report: judge it as bought new.
        LocalDate on = facts.purchaseDate().isAfter(reportedOn) ? facts.purchaseDate() : reportedOn;
        Map<String, ComponentCover> covers = new LinkedHashMap<>();
        terms.entitlementEvaluator(productLine).evaluate(facts, List.of(), on).entitlements().stream()
            .filter(ComponentCover.class::isInstance)
            .map(ComponentCover.class::cast)
            .forEach(c -> covers.put(c.component(), c));
        return new RepairCover(version, productLine, policy, covers, "");
    }

    boolean hasPolicy() {
        return policy != null;
    }

    boolean knowsComponent(String component) {
        return policy.components().stream().anyMatch(c -> c.component().equals(component));
    }

    boolean covers(String component) {
        ComponentCover cover = components.get(component);
        return cover != null && cover.status() == CoverStatus.IN_WARRANTY;
    }

    boolean coversAny() {
        return components.values().stream().anyMatch(c -> c.status() == CoverStatus.IN_WARRANTY);
    }

    /** "整机 whole unit: in warranty until 2027-01-14" or "…: expired on …" or "…: void (…)". */
    String describe(String component) {
        ComponentCover cover = components.get(component);
        if (cover == null) {
            return component + ": " + finding;
        }
        return component + switch (cover.status()) {
            case IN_WARRANTY -> ": in warranty until " + cover.lastDay();
            case EXPIRED -> ": warranty expired on " + cover.lastDay();
            case VOID -> ": warranty void (dealer's warranty card late or missing)";
        };
    }
}
