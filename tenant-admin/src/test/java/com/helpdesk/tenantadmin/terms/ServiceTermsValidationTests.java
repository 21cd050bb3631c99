package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on terms, broken once in an otherwise valid demo file, reports its field path. */
class ServiceTermsValidationTests {

    private static List<Violation> violationsAfter(String tenant, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) DemoTerms.JSON.readTree(DemoTerms.text(tenant));
        change.accept(root);
        try {
            DemoTerms.JSON.treeToValue(root, ServiceTerms.class);
            return List.of();
        } catch (DatabindException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                return invalid.violations();
            }
            throw e;
        }
    }

    private static List<String> fieldsAfter(String tenant, Consumer<ObjectNode> change) {
        return violationsAfter(tenant, change).stream().map(Violation::field).toList();
    }

    private static List<String> fieldsAfter(Consumer<ObjectNode> change) {
        return fieldsAfter("huaxin", change);
    }

    private static ObjectNode at(JsonNode node, Object... path) {
        JsonNode current = node;
        for (Object step : path) {
            current = step instanceof Integer index ? current.get(index) : current.get((String) step);
        }
        return (ObjectNode) current;
    }

    private static ObjectNode targets(ObjectNode root, int level) {
        return at(root, "levels", level, "targets");
    }

    @Test
    void theDemoFilesAreValid() {
        assertThat(fieldsAfter(root -> { })).isEmpty();
    }

    @Test
    void zeroAndNegativeDurationsAreRejected() {
        assertThat(fieldsAfter(root -> {
            at(targets(root, 0), "firstResponse").put("within", "PT0S");
            at(targets(root, 2), "restore").put("within", "-PT1H");
            at(targets(root, 1), "onSite", "home-city").put("within", "PT0S");
        })).containsExactly("levels[0].targets.firstResponse.within", "levels[1].targets.onSite.home-city.within",
                "levels[2].targets.restore.within");
    }

    @Test
    void aTargetNeedsItsClock() {
        assertThat(fieldsAfter(root -> at(targets(root, 0), "firstResponse").remove("clock")))
                .containsExactly("levels[0].targets.firstResponse.clock");
    }

    @Test
    void escalationMustNotComeAfterTheFixIsDue() {
        assertThat(fieldsAfter(root -> {
            at(targets(root, 1), "escalation", 0).put("after", "PT5H");
            targets(root, 2).putObject("resolve").put("within", "PT2H").put("clock", "BUSINESS");
            at(targets(root, 2), "escalation", 0).put("after", "PT3H");
        })).containsExactly("levels[1].targets.escalation[0].after", "levels[2].targets.escalation[0].after");
    }

    @Test
    void escalationStepsGoInOrderAndNeverBackInTime() {
        assertThat(fieldsAfter(root -> {
            ArrayNode steps = (ArrayNode) targets(root, 2).get("escalation");
            steps.addObject().put("after", "PT30M").put("clock", "BUSINESS").put("to", "third-line");
            at(targets(root, 3), "escalation", 0).put("after", "-PT1M");
        })).containsExactly("levels[2].targets.escalation[1].after", "levels[3].targets.escalation[0].after");
    }

    @Test
    void anOnSiteTargetMustNameAKnownZone() {
        List<Violation> found = violationsAfter("huaxin", root -> {
            ObjectNode onSite = at(targets(root, 1), "onSite");
            onSite.set("moon", onSite.get("home-city"));
        });
        assertThat(found).extracting(Violation::field).containsExactly("levels[1].targets.onSite.moon");
        assertThat(found.getFirst().message()).contains("home-city", "province");
    }

    @Test
    void zoneCodesMustNotRepeatOrOverlap() {
        assertThat(fieldsAfter(root -> {
            ArrayNode province = (ArrayNode) at(root, "zones", 1).get("regionCodes");
            province.add("320100");
            province.add("320105");
            province.add("3201");
        })).containsExactly("zones[1].regionCodes[14]", "zones[1].regionCodes[12]", "zones[1].regionCodes[13]");
    }

    @Test
    void onlyOneCatchAllZoneAndItListsNoCodes() {
        assertThat(fieldsAfter("kunlun", root -> {
            ArrayNode zones = (ArrayNode) root.get("zones");
            zones.addObject().put("name", "far away").put("catchAll", true);
            at(zones, 2).putArray("regionCodes").add("650000");
        })).containsExactly("zones[2].regionCodes", "zones[3].catchAll");
    }

    @Test
    void zoneNamesAreUnique() {
        assertThat(fieldsAfter(root -> at(root, "zones", 1).put("name", "home-city")))
                .containsExactly("zones[1].name", "levels[0].targets.onSite.province", "levels[1].targets.onSite.province",
                        "levels[2].targets.onSite.province", "levels[3].targets.onSite.province");
    }

    @Test
    void levelCodesAreContiguousFromOne() {
        assertThat(fieldsAfter(root -> at(root, "levels", 2).put("code", 4)))
                .containsExactly("levels[2].code");
    }

    @Test
    void thereAreThreeOrFourLevels() {
        assertThat(fieldsAfter(root -> {
            ((ArrayNode) root.get("levels")).remove(3);
            ((ArrayNode) root.get("levels")).remove(2);
        })).containsExactly("levels");
    }

    @Test
    void surveyFiguresStayInRange() {
        assertThat(fieldsAfter(root -> at(root, "survey").put("responseRate", 1.2).put("passScore", 11)))
                .containsExactly("survey.responseRate", "survey.passScore");
    }

    @Test
    void warrantyPoliciesAreCheckedWithTheTerms() {
        assertThat(fieldsAfter("kunlun", root -> {
            at(root, "warranty", 0, "components", 0).put("months", 0);
            at(root, "warranty", 1, "outOfWarranty").putObject("labourFee").put("amount", "50").put("currency", "CNY");
            at(root, "warranty", 2).put("productLine", "laptop");
        })).containsExactly("warranty[0].components[0].months", "warranty[1].outOfWarranty.labourFee",
                "warranty[2].productLine", "entitlement[1].productLines[0]");
    }

    @Test
    void entitlementRulesAreCheckedWithTheTerms() {
        assertThat(fieldsAfter("kunlun", root -> {
            at(root, "entitlement", 0, "threeGuarantees").put("exchangeDays", 5);
            ((ArrayNode) at(root, "entitlement", 1).get("productLines")).add("tablet");
            at(root, "entitlement", 1, "dealerCard").put("withinDays", 0);
        })).containsExactly("entitlement[0].threeGuarantees.exchangeDays", "entitlement[1].dealerCard.withinDays",
                "entitlement[1].productLines[2]");
    }

    @Test
    void versionAndEffectiveDateComeTogether() {
        assertThat(fieldsAfter(root -> root.put("version", 2))).containsExactly("effectiveFrom");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        assertThat(fieldsAfter(root -> {
            root.put("tenant", " ");
            at(root, "levels", 0).put("name", "");
            at(targets(root, 3), "firstResponse").put("within", "PT0S");
            at(root, "inspection").put("reportWithinWorkingDays", 0);
        })).containsExactly("tenant", "levels[0].name", "levels[3].targets.firstResponse.within",
                "inspection.reportWithinWorkingDays");
    }

    @Test
    void aBrokenCalendarReportsPathsRelativeToItself() {
        List<Violation> found = violationsAfter("huaxin", root -> at(root, "calendar", "weeklyHours").putArray("MONDAY")
                .add(DemoTerms.JSON.createObjectNode().put("from", "13:00").put("to", "12:00")));
        assertThat(new InvalidInputException(found).within("calendar").violations()).extracting(Violation::field)
                .containsExactly("calendar.weeklyHours.MONDAY[0]");
    }
}
