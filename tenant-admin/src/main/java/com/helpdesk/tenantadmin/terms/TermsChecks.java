package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.calendar.BusinessCalendar;
import com.helpdesk.tenantadmin.entitlement.EntitlementRules;
import com.helpdesk.tenantadmin.warranty.WarrantyPolicy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules for the header, follow-up and product parts of {@link ServiceTerms}. */
final class TermsChecks {

    private TermsChecks() {
    }

    static void checkHeader(Violations v, String tenant, Integer version, Instant effectiveFrom,
                            BusinessCalendar calendar) {
        if (tenant == null || tenant.isBlank()) {
            v.add("tenant", "is required");
        }
        if ((version == null) != (effectiveFrom == null)) {
            v.add(version == null ? "version" : "effectiveFrom",
                    "version and effectiveFrom are assigned together when terms are published");
        }
        if (version != null && version < 1) {
            v.add("version", "must be at least 1, was " + version);
        }
        v.require("calendar", calendar);
    }

    static void checkFollowUp(Violations v, Target complaintReply, ReturnVisitRule returnVisit,
                              SurveyTargets survey, InspectionRule inspection) {
        if (complaintReply != null) {
            complaintReply.check(v.at("complaintReply"));
        }
        if (returnVisit != null) {
            atLeastOne(v.at("returnVisit"), "withinDays", returnVisit.withinDays());
        }
        if (survey != null) {
            checkSurvey(v.at("survey"), survey);
        }
        if (inspection != null) {
            v.at("inspection").require("interval", inspection.interval());
            atLeastOne(v.at("inspection"), "reportWithinWorkingDays", inspection.reportWithinWorkingDays());
        }
    }

    private static void checkSurvey(Violations at, SurveyTargets survey) {
        share(at, "responseRate", survey.responseRate());
        share(at, "keyCustomerResponseRate", survey.keyCustomerResponseRate());
        atLeastOne(at, "scale", survey.scale());
        if (survey.passScore() < 1 || survey.passScore() > survey.scale()) {
            at.add("passScore", "must lie between 1 and the scale (%d), was %d"
                    .formatted(survey.scale(), survey.passScore()));
        }
        atLeastOne(at, "collectWithinDays", survey.collectWithinDays());
    }

    static void checkProducts(Violations v, List<WarrantyPolicy> warranty, List<EntitlementRules> entitlement) {
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < warranty.size(); i++) {
            Violations at = v.at("warranty", i);
            WarrantyPolicy policy = warranty.get(i);
            if (!at.require("", policy)) {
                continue;
            }
            policy.validate(at);
            Integer earlier = policy.productLine() == null ? null : lines.putIfAbsent(policy.productLine(), i);
            if (earlier != null) {
                at.add("productLine", "duplicates warranty[%d]".formatted(earlier));
            }
        }
        Map<String, Integer> ruled = new HashMap<>();
        for (int i = 0; i < entitlement.size(); i++) {
            Violations at = v.at("entitlement", i);
            EntitlementRules rules = entitlement.get(i);
            if (!at.require("", rules)) {
                continue;
            }
            rules.validate(at);
            checkLines(at, rules.productLines(), i, lines, ruled);
        }
    }

    private static void checkLines(Violations at, List<String> productLines, int index,
                                   Map<String, Integer> withWarranty, Map<String, Integer> ruled) {
        for (int j = 0; j < productLines.size(); j++) {
            String line = productLines.get(j);
            if (line == null) {
                continue;
            }
            if (!withWarranty.containsKey(line)) {
                at.at("productLines", j).add("no warranty policy for product line " + line);
            }
            Integer earlier = ruled.putIfAbsent(line, index);
            if (earlier != null && earlier != index) {
                at.at("productLines", j).add("already covered by entitlement[%d]".formatted(earlier));
            }
        }
    }

    private static void share(Violations at, String field, double value) {
        if (!(value > 0 && value <= 1)) {
            at.add(field, "must be a share above 0 and at most 1, was " + value);
        }
    }

    static void atLeastOne(Violations at, String field, int value) {
        if (value < 1) {
            at.add(field, "must be at least 1, was " + value);
        }
    }
}
