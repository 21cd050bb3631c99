package com.helpdesk.tenantadmin.entitlement;

import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.entitlement.Entitlement.AcceptanceNotRecorded;
import com.helpdesk.tenantadmin.entitlement.Entitlement.CardStatus;
import com.helpdesk.tenantadmin.entitlement.Entitlement.ComponentCover;
import com.helpdesk.tenantadmin.entitlement.Entitlement.CoverStatus;
import com.helpdesk.tenantadmin.entitlement.Entitlement.DealerCard;
import com.helpdesk.tenantadmin.entitlement.Entitlement.NoReasonReturnWindow;
import com.helpdesk.tenantadmin.entitlement.Entitlement.OutOfWarranty;
import com.helpdesk.tenantadmin.entitlement.Entitlement.RuleSource;
import com.helpdesk.tenantadmin.warranty.ComponentWarranty;
import com.helpdesk.tenantadmin.warranty.WarrantyPolicy;
import com.helpdesk.tenantadmin.warranty.WarrantyStart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Says what a customer is entitled to now, from one product line's warranty policy and
 * entitlement rules, the device and its repair history. Pure: the caller supplies "now".
 *
 * <p>Day counting: the purchase (or sale) date is day 1, so a 7-day window still allows the
 * remedy on day 7 and not on day 8. A warranty of m months starting on date s covers s up to
 * s + m months − 1 day. A dealer warranty card that arrives late, or never, voids the vendor's
 * warranty (components and the replacement rule) but not the statutory three guarantees.
 */
public final class EntitlementEvaluator {

    private final WarrantyPolicy policy;
    private final EntitlementRules rules;

    /**
     * @param policy the product line's warranty policy
     * @param rules  its entitlement rules, or null if none apply
     */
    public EntitlementEvaluator(WarrantyPolicy policy, EntitlementRules rules) {
        Objects.requireNonNull(policy, "policy");
        Violations violations = Violations.collect();
        policy.validate(violations.at("warranty"));
        if (rules != null) {
            rules.validate(violations.at("entitlement"));
        }
        violations.throwIfAny();
        this.policy = policy;
        this.rules = rules != null ? rules : new EntitlementRules(List.of(policy.productLine()), null, null, null, null);
    }

    /** The entitlement at {@code now}, taking the local date in the tenant's zone. */
    public EntitlementAssessment evaluate(Device device, List<Repair> repairs, Instant now, ZoneId zone) {
        return evaluate(device, repairs, LocalDate.ofInstant(now, zone));
    }

    /** The entitlement on the local date {@code today}. */
    public EntitlementAssessment evaluate(Device device, List<Repair> repairs, LocalDate today) {
        if (!device.productLine().equals(policy.productLine())) {
            throw new IllegalArgumentException("device of product line " + device.productLine()
                    + " evaluated against the policy for " + policy.productLine());
        }
        int day = dayNumber(device.purchaseDate(), today);
        if (day < 1) {
            throw new IllegalArgumentException("purchased on " + device.purchaseDate() + ", after " + today);
        }
        List<Repair> past = repairs.stream().filter(r -> !r.date().isAfter(today)).toList();
        List<Entitlement> found = new ArrayList<>();
        if (rules.threeGuarantees() != null) {
            found.addAll(ThreeGuaranteesRule.apply(rules.threeGuarantees(), device.purchaseDate(), day, past));
        }
        DealerCard card = dealerCard(device, today);
        if (card != null) {
            found.add(card);
        }
        boolean voided = card != null && card.voidsWarranty();
        found.addAll(warranty(device, today, past, voided));
        if (rules.noReasonReturn() != null && day <= rules.noReasonReturn().withinDays()) {
            int within = rules.noReasonReturn().withinDays();
            found.add(new NoReasonReturnWindow(day, within, device.purchaseDate().plusDays(within - 1L)));
        }
        return new EntitlementAssessment(today, day, found);
    }

    /** Day number of {@code date} when {@code first} is day 1. */
    static int dayNumber(LocalDate first, LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(first, date) + 1);
    }

    private DealerCard dealerCard(Device device, LocalDate today) {
        if (rules.dealerCard() == null || !device.dealerSold()) {
            return null;
        }
        LocalDate deadline = device.purchaseDate().plusDays(rules.dealerCard().withinDays() - 1L);
        LocalDate received = device.warrantyCardReceived();
        if (received != null && !received.isAfter(today)) {
            return new DealerCard(received.isAfter(deadline) ? CardStatus.LATE : CardStatus.ON_TIME, deadline, received);
        }
        return new DealerCard(today.isAfter(deadline) ? CardStatus.MISSING : CardStatus.PENDING, deadline, null);
    }

    private List<Entitlement> warranty(Device device, LocalDate today, List<Repair> past, boolean voided) {
        List<Entitlement> found = new ArrayList<>();
        WarrantyStart basis = policy.startsFrom();
        LocalDate start = device.purchaseDate();
        if (basis == WarrantyStart.ACCEPTANCE && device.acceptanceDate() != null) {
            start = device.acceptanceDate();
        } else if (basis == WarrantyStart.ACCEPTANCE) {
            basis = WarrantyStart.PURCHASE;
            found.add(new AcceptanceNotRecorded(device.purchaseDate()));
        }
        List<String> uncovered = new ArrayList<>();
        LocalDate lastCovered = start.minusDays(1);
        for (ComponentWarranty component : policy.components()) {
            LocalDate lastDay = component.lastDay(start);
            CoverStatus status = voided ? CoverStatus.VOID
                    : today.isAfter(lastDay) ? CoverStatus.EXPIRED : CoverStatus.IN_WARRANTY;
            found.add(new ComponentCover(component.component(), basis, start, component.months(), lastDay, status));
            if (status != CoverStatus.IN_WARRANTY) {
                uncovered.add(component.component());
            }
            lastCovered = lastDay.isAfter(lastCovered) ? lastDay : lastCovered;
        }
        if (rules.replacement() != null && !voided && !today.isAfter(lastCovered)) {
            found.addAll(RepeatedFailures.reaching(past, start, lastCovered, rules.replacement().failedRepairs(),
                    Remedy.REPLACEMENT, RuleSource.VENDOR));
        }
        if (!uncovered.isEmpty()) {
            found.add(new OutOfWarranty(policy.outOfWarranty(), uncovered));
        }
        return found;
    }
}
