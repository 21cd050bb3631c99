package com.helpdesk.platform.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import com.helpdesk.platform.ticket.ResolutionRequest.UsedPart;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.warranty.ChargingRule;
import com.helpdesk.tenantadmin.warranty.ComponentWarranty;
import com.helpdesk.tenantadmin.warranty.Money;
import com.helpdesk.tenantadmin.warranty.OutOfWarrantyCharging;

/**
 * What a repair costs the customer, from the warranty cover and the product line's charging rule.
 * Pure; problems with the request are added to the violations at the request's field paths.
 *
 * <ul>
 * <li>A part whose component was in warranty is free; any other part is charged at cost.</li>
 * <li>The repair is in warranty when every part used belongs to a covered component, or, with no
 * parts, when any component is covered: the record does not say which one was worked on, and the
 * customer gets the benefit of the doubt. In warranty, labour and call-out are free.</li>
 * <li>Out of warranty, "parts at cost only" charges the parts; "parts and labour with consent" adds
 * the labour and call-out fees of the terms and needs the customer's consent to the fee schedule.
 * A labour fee the terms leave to the fee schedule is not priced here and is said so.</li>
 * <li>Without a warranty policy for the product line the platform computes no charge (0), rather
 * than invent a rule the vendor did not publish.</li>
 * </ul>
 */
final class RepairCharge {

    static final String NO_RULE = "none";
    private static final Currency DEFAULT_CURRENCY = Currency.getInstance("CNY");

    private RepairCharge() {
    }

    /** The charge, its parts priced and its basis in words. */
    record Charge(boolean inWarranty, String rule, Money total, String basis, List<Resolution.Part> parts) {

        long totalCents() {
            return total.amount().movePointRight(2).longValueExact();
        }
    }

    static Charge of(RepairCover cover, List<UsedPart> parts, boolean consent, Integer labourMinutes,
            Violations violations) {
        if (cover.hasPolicy()) {
            checkComponents(cover, parts, violations);
        }
        OutOfWarrantyCharging charging = cover.hasPolicy() ? cover.policy().outOfWarranty() : null;
        Currency currency = currency(charging, parts, violations);
        List<Resolution.Part> priced = parts.stream().map(p -> priced(cover, p, currency)).toList();
        if (!cover.hasPolicy()) {
            return new Charge(false, NO_RULE, zero(currency), "Not charged: " + cover.finding()
                    + "; the platform computes no charge." + labour(labourMinutes), priced);
        }
        String rule = ruleValue(charging.rule());
        boolean inWarranty = parts.isEmpty() ? cover.coversAny() : priced.stream().allMatch(Resolution.Part::covered);
        if (inWarranty) {
            return new Charge(true, rule, zero(currency), "In warranty under terms version " + cover.termsVersion()
                    + " (" + covers(cover, parts) + "): parts, labour and call-out are free." + labour(labourMinutes),
                    priced);
        }
        return outOfWarranty(cover, parts, priced, currency, consent, labourMinutes, violations);
    }

    private static Charge outOfWarranty(RepairCover cover, List<UsedPart> parts, List<Resolution.Part> priced,
            Currency currency, boolean consent, Integer labourMinutes, Violations violations) {
        OutOfWarrantyCharging charging = cover.policy().outOfWarranty();
        String rule = ruleValue(charging.rule());
        Money partsCost = sum(currency, priced.stream().map(Resolution.Part::charge).toList());
        String basis = "Out of warranty under terms version " + cover.termsVersion() + " (" + covers(cover, parts)
                + "). " + partsLine(priced);
        if (charging.rule() == ChargingRule.PARTS_AT_COST_ONLY) {
            return new Charge(false, rule, partsCost, basis + " Rule: parts at cost only, no labour or call-out fee. "
                    + "Total " + partsCost + "." + labour(labourMinutes), priced);
        }
        if (!consent) {
            violations.add("consent", "must be true: out of warranty the vendor charges parts, labour and call-out "
                    + "per its fee schedule, which the customer must see and agree to before the repair");
        }
        return withFees(charging, partsCost, basis, labourMinutes, rule, priced);
    }

    private static Charge withFees(OutOfWarrantyCharging charging, Money partsCost, String basis,
            Integer labourMinutes, String rule, List<Resolution.Part> priced) {
        Money total = sum(partsCost.currency(), List.of(partsCost,
                Objects.requireNonNullElse(charging.labourFee(), zero(partsCost.currency())),
                Objects.requireNonNullElse(charging.callOutFee(), zero(partsCost.currency()))));
        String labourFee = charging.labourFee() == null
                ? "labour per the vendor's fee schedule (not priced in the terms, not included)"
                : "labour " + amount(charging.labourFee());
        String callOut = charging.callOutFee() == null ? "no call-out fee"
                : "call-out " + amount(charging.callOutFee());
        return new Charge(false, rule, total, basis + " Rule: parts and labour with the customer's consent: parts "
                + partsCost + " + " + labourFee + " + " + callOut + " = " + total + "."
                + labour(labourMinutes) + " The customer consented to the fee schedule.", priced);
    }

    private static void checkComponents(RepairCover cover, List<UsedPart> parts, Violations violations) {
        String names = cover.policy().components().stream().map(ComponentWarranty::component)
            .collect(Collectors.joining("; "));
        for (int i = 0; i < parts.size(); i++) {
            String component = parts.get(i).component();
            if (component.isEmpty()) {
                violations.at("parts", i).add("component", "is required: the warranty component the part belongs "
                        + "to, one of: " + names);
            }
            else if (!cover.knowsComponent(component)) {
                violations.at("parts", i).add("component", "must name one of the warranty's components: " + names);
            }
        }
    }

    /** One currency per charge: the terms' fees', else the parts'; parts in another are refused. */
    private static Currency currency(OutOfWarrantyCharging charging, List<UsedPart> parts, Violations violations) {
        Currency fees = feeCurrency(charging);
        Currency currency = fees != null ? fees : parts.stream().map(UsedPart::unitCost).filter(Objects::nonNull)
            .map(Money::currency).findFirst().orElse(DEFAULT_CURRENCY);
        for (int i = 0; i < parts.size(); i++) {
            Money cost = parts.get(i).unitCost();
            if (cost != null && !cost.currency().equals(currency)) {
                violations.at("parts", i).at("unitCost").add("currency", "must be " + currency.getCurrencyCode()
                        + (fees != null ? ", the currency of the vendor's fees" : ", like the other parts"));
            }
        }
        return currency;
    }

    private static Currency feeCurrency(OutOfWarrantyCharging charging) {
        if (charging == null || charging.rule() != ChargingRule.PARTS_AND_LABOUR_WITH_CONSENT) {
            return null;
        }
        Money labour = charging.labourFee();
        Money callOut = charging.callOutFee();
        if (labour != null && callOut != null && !labour.currency().equals(callOut.currency())) {
            throw new ConflictException("The vendor's terms charge labour in " + labour.currency()
                    + " and call-out in " + callOut.currency() + "; a tenant admin must publish one currency.");
        }
        return labour != null ? labour.currency() : callOut != null ? callOut.currency() : null;
    }

    private static Resolution.Part priced(RepairCover cover, UsedPart part, Currency currency) {
        boolean covered = cover.hasPolicy() && cover.covers(part.component());
        Money unitCost = part.unitCost() != null ? part.unitCost() : zero(currency);
        Money charge = covered || !cover.hasPolicy() ? zero(currency)
                : new Money(unitCost.amount().multiply(BigDecimal.valueOf(part.quantity())).setScale(2,
                        RoundingMode.HALF_UP), currency);
        return new Resolution.Part(part.partNumber(), part.name(), part.quantity(), scaled(unitCost),
                part.component(), covered, charge);
    }

    private static String covers(RepairCover cover, List<UsedPart> parts) {
        List<String> components = parts.isEmpty() ? List.copyOf(cover.components().keySet())
                : parts.stream().map(UsedPart::component).distinct().toList();
        return components.isEmpty() ? cover.finding()
                : components.stream().map(cover::describe).collect(Collectors.joining("; "));
    }

    private static String partsLine(List<Resolution.Part> parts) {
        if (parts.isEmpty()) {
            return "No parts used.";
        }
        return "Parts: " + parts.stream().map(p -> p.quantity() + " × " + p.partNumber() + " " + p.name()
                + (p.covered() ? " (in warranty) free" : " at " + amount(p.unitCost()) + " = " + p.charge()))
            .collect(Collectors.joining("; ")) + ".";
    }

    private static String labour(Integer minutes) {
        return minutes == null ? "" : " Labour time: " + minutes + " min.";
    }

    static String ruleValue(ChargingRule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Money sum(Currency currency, List<Money> amounts) {
        return new Money(amounts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2,
                RoundingMode.HALF_UP), currency);
    }

    private static Money scaled(Money money) {
        return new Money(money.amount().setScale(2, RoundingMode.HALF_UP), money.currency());
    }

    private static String amount(Money money) {
        return scaled(money).toString();
    }

    private static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(2), currency);
    }
}
