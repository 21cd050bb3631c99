package com.helpdesk.platform.admin;

import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** Service terms through the admin API, with the demo vendors' terms the demo profile publishes. */
@PlatformIntegrationTest
class TermsAdministrationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void everyMemberReadsOnlyTheirOwnVendorsTerms() {
        JsonNode kunlun = api.get("/api/terms", tokens.of("kunlun-agent")).json();
        JsonNode huaxin = api.get("/api/terms", tokens.of("huaxin-agent")).json();

        assertThat(kunlun.get("tenant").asString()).isEqualTo("kunlun");
        assertThat(kunlun.get("levels")).hasSize(4);
        assertThat(huaxin.get("tenant").asString()).isEqualTo("huaxin");
    }

    @Test
    void publishingAddsAVersionAndKeepsTheOldOne() {
        String admin = tokens.of("sunhome-admin");
        JsonNode before = api.get("/api/terms", admin).json();
        int oldVersion = before.get("version").asInt();
        String oldNotes = before.get("notes").asString();
        ObjectNode edited = (ObjectNode) before;
        edited.put("notes", "Edited by a test");

        Api.Reply published = api.put("/api/admin/terms", admin, edited.toString());

        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().get("version").asInt()).isEqualTo(oldVersion + 1);
        assertThat(api.get("/api/terms", admin).json().get("notes").asString()).isEqualTo("Edited by a test");
        JsonNode old = api.get("/api/admin/terms/versions/" + oldVersion, admin).json();
        assertThat(old.get("version").asInt()).isEqualTo(oldVersion);
        assertThat(old.get("notes").asString()).isEqualTo(oldNotes);
    }

    @Test
    void aDraftEditedFromAnOlderVersionIsRefusedNotPublishedOverTheNewerOne() {
        String admin = tokens.of("sunhome-admin");
        ObjectNode read = (ObjectNode) api.get("/api/terms", admin).json();
        ObjectNode first = read.deepCopy().put("notes", "First edit");
        ObjectNode second = read.deepCopy().put("notes", "Second edit, from the same version");

        assertThat(api.put("/api/admin/terms", admin, first.toString()).status()).isEqualTo(201);
        Api.Reply stale = api.put("/api/admin/terms", admin, second.toString());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(api.get("/api/terms", admin).json().get("notes").asString()).isEqualTo("First edit");
    }

    @Test
    void brokenWarrantyAndEntitlementRulesAreRefusedWithTheirPaths() {
        ObjectNode terms = (ObjectNode) api.get("/api/terms", tokens.of("kunlun-admin")).json();
        ((ObjectNode) terms.get("entitlement").get(0).get("replacement")).put("failedRepairs", 0);
        ((ObjectNode) terms.get("warranty").get(0).get("components").get(1)).put("months", -1);
        ((ObjectNode) terms.get("survey")).put("passScore", 11);

        Api.Reply reply = api.put("/api/admin/terms", tokens.of("kunlun-admin"), terms.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorFields(reply)).contains("entitlement[0].replacement.failedRepairs",
                "warranty[0].components[1].months", "survey.passScore");
    }

    @Test
    void invalidTermsAreRefusedWithTheFieldPath() {
        ObjectNode terms = (ObjectNode) api.get("/api/terms", tokens.of("huaxin-admin")).json();
        ObjectNode firstResponse = (ObjectNode) terms.get("levels").get(0).get("targets").get("firstResponse");
        firstResponse.put("within", "-PT5M");
        int versionsBefore = api.get("/api/admin/terms/versions", tokens.of("huaxin-admin")).json().size();

        Api.Reply reply = api.put("/api/admin/terms", tokens.of("huaxin-admin"), terms.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorFields(reply)).anyMatch(field -> field.startsWith("levels[0].targets.firstResponse"));
        assertThat(api.get("/api/admin/terms/versions", tokens.of("huaxin-admin")).json()).hasSize(versionsBefore);
    }

    @Test
    void overlappingOpeningHoursAreRefusedUnderCalendar() {
        ObjectNode terms = (ObjectNode) api.get("/api/terms", tokens.of("huaxin-admin")).json();
        ObjectNode monday = (ObjectNode) terms.get("calendar").get("weeklyHours").get("MONDAY").get(1);
        monday.put("from", "11:00");

        Api.Reply reply = api.put("/api/admin/terms", tokens.of("huaxin-admin"), terms.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorFields(reply)).anyMatch(field -> field.startsWith("calendar."));
    }

    @Test
    void termsNamingAnotherVendorAreRefused() {
        ObjectNode terms = (ObjectNode) api.get("/api/terms", tokens.of("kunlun-admin")).json();
        terms.put("tenant", "huaxin");

        Api.Reply reply = api.put("/api/admin/terms", tokens.of("kunlun-admin"), terms.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorFields(reply)).containsExactly("tenant");
        assertThat(api.get("/api/terms", tokens.of("huaxin-agent")).json().get("tenant").asString())
            .isEqualTo("huaxin");
    }

    @Test
    void garbageBodiesGetA400NeverA500() {
        String admin = tokens.of("kunlun-admin");

        assertThat(api.put("/api/admin/terms", admin, "{not json").status()).isEqualTo(400);
        assertThat(api.put("/api/admin/terms", admin, "{\"levels\": \"many\"}").status()).isEqualTo(400);
        assertThat(api.put("/api/admin/terms", admin, "[]").status()).isEqualTo(400);
        assertThat(api.post("/api/admin/terms/preview", admin, "{\"level\": 9}").status()).isEqualTo(400);
    }

    @Test
    void previewComputesHuaxinsSevereLevelDueTimes() {
        Api.Reply reply = api.post("/api/admin/terms/preview", tokens.of("huaxin-admin"),
                "{\"level\": 1, \"regionCode\": \"320102\", \"reportedAt\": \"2026-03-02T02:00:00Z\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"kind\":\"FIRST_RESPONSE\"")
            .contains("2026-03-02T02:05:00Z")
            .contains("\"name\":\"home-city\"")
            .contains("2026-03-02T02:40:00Z");
    }

    @Test
    void agentsCannotPublishTerms() {
        String agent = tokens.of("kunlun-agent");
        String terms = api.get("/api/terms", agent).body();

        assertThat(api.put("/api/admin/terms", agent, terms).status()).isEqualTo(403);
    }

    @Test
    void entitlementPreviewSpeaksTheThreeGuarantees() {
        Api.Reply reply = api.post("/api/admin/entitlement/preview", tokens.of("kunlun-admin"), """
                {"productLine": "laptop", "purchaseDate": "2026-03-01", "at": "2026-03-05T04:00:00Z"}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("openRemedies").toString()).contains("RETURN").contains("EXCHANGE");
        assertThat(reply.json().get("sentencesEn")).isNotEmpty();
    }

    @Test
    void entitlementPreviewNamesBadFields() {
        Api.Reply reply = api.post("/api/admin/entitlement/preview", tokens.of("kunlun-admin"),
                "{\"productLine\": \"heat-pump\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorFields(reply)).containsExactlyInAnyOrder("productLine", "purchaseDate");
    }
}
