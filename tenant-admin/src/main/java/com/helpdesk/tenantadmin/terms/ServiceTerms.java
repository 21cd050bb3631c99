package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.calendar.BusinessCalendar;
import com.helpdesk.tenantadmin.entitlement.EntitlementEvaluator;
import com.helpdesk.tenantadmin.entitlement.EntitlementRules;
import com.helpdesk.tenantadmin.warranty.WarrantyPolicy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A vendor's service promises (售后服务承诺), one version of them. Validated on construction:
 * every broken rule is collected, with its field path ({@code levels[1].targets.onSite.home-city}),
 * and thrown once as an {@link InvalidInputException}. The calendar checks itself when it is built,
 * so a broken calendar is reported first, with paths relative to it (re-root them with
 * {@link InvalidInputException#within}).
 *
 * <p>{@code version} and {@code effectiveFrom} are assigned by the system when terms are published
 * ({@link #published}); a draft, such as a file a tenant uploads, has neither.
 *
 * @param tenant         the tenant's key, e.g. "kunlun"
 * @param name           the tenant's name for these terms
 * @param version        1, 2, 3… once published; absent in a draft
 * @param effectiveFrom  from when tickets are measured against this version; absent in a draft
 * @param locale         the tenant's language for sentences read to callers, e.g. zh-CN
 * @param notes          free text for people: sources, choices made when the vendor's words were mapped
 * @param calendar       service hours for targets on the BUSINESS clock
 * @param zones          region zones for on-site targets
 * @param levels         3 or 4 severity levels, codes 1.. in order
 * @param complaintReply reply to a complaint on the supervision line; absent if not promised
 * @param returnVisit    return-visit rule; absent if none
 * @param survey         satisfaction-survey targets; absent if none
 * @param inspection     preventive-inspection rule; absent if none
 * @param warranty       warranty policies, one per product line
 * @param entitlement    entitlement rules, each for some of those product lines
 */
public record ServiceTerms(
        String tenant,
        String name,
        Integer version,
        Instant effectiveFrom,
        Locale locale,
        String notes,
        BusinessCalendar calendar,
        List<RegionZone> zones,
        List<SeverityLevel> levels,
        Target complaintReply,
        ReturnVisitRule returnVisit,
        SurveyTargets survey,
        InspectionRule inspection,
        List<WarrantyPolicy> warranty,
        List<EntitlementRules> entitlement) {

    public ServiceTerms {
        zones = listOf(zones);
        levels = listOf(levels);
        warranty = listOf(warranty);
        entitlement = listOf(entitlement);
        Violations violations = Violations.collect();
        TermsChecks.checkHeader(violations, tenant, version, effectiveFrom, calendar);
        ZoneChecks.check(violations.at("zones"), zones);
        LevelChecks.check(violations.at("levels"), levels, ZoneChecks.names(zones));
        TermsChecks.checkFollowUp(violations, complaintReply, returnVisit, survey, inspection);
        TermsChecks.checkProducts(violations, warranty, entitlement);
        violations.throwIfAny();
    }

    /** This content as the given published version. */
    public ServiceTerms published(int newVersion, Instant newEffectiveFrom) {
        return new ServiceTerms(tenant, name, newVersion, newEffectiveFrom, locale, notes, calendar, zones, levels,
                complaintReply, returnVisit, survey, inspection, warranty, entitlement);
    }

    /** The level with this code. */
    public SeverityLevel level(int code) {
        return levels.stream().filter(l -> l.code() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no severity level " + code + " in " + tenant));
    }

    /**
     * The zone a region code falls in: the zone with a code covering it, else the catch-all zone,
     * else none (no on-site promise there).
     */
    public Optional<RegionZone> zoneOf(String regionCode) {
        return zones.stream().filter(z -> z.covers(regionCode)).findFirst()
                .or(() -> zones.stream().filter(RegionZone::catchAll).findFirst());
    }

    public Optional<WarrantyPolicy> warrantyFor(String productLine) {
        return warranty.stream().filter(w -> w.productLine().equals(productLine)).findFirst();
    }

    public Optional<EntitlementRules> entitlementFor(String productLine) {
        return entitlement.stream().filter(e -> e.productLines().contains(productLine)).findFirst();
    }

    /** An evaluator for the product line's warranty and entitlement rules. */
    public EntitlementEvaluator entitlementEvaluator(String productLine) {
        WarrantyPolicy policy = warrantyFor(productLine)
                .orElseThrow(() -> new IllegalArgumentException("no warranty policy for " + productLine));
        return new EntitlementEvaluator(policy, entitlementFor(productLine).orElse(null));
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list.stream().toList();
    }
}
