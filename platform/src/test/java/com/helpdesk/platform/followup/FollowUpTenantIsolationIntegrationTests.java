package com.helpdesk.platform.followup;

import static com.helpdesk.platform.followup.FollowUpFixtures.id;
import static com.helpdesk.platform.followup.FollowUpFixtures.newVisit;
import static com.helpdesk.platform.followup.FollowUpFixtures.surveyToken;
import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** What kunlun's return visits and surveys hold is never reached through sunhome's staff. */
@PlatformIntegrationTest
class FollowUpTenantIsolationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void anotherVendorsVisitIsNotFoundByAnyRoute() {
        String kunlun = tokens.of("kunlun-agent");
        String sunhome = tokens.of("sunhome-agent");
        JsonNode visit = newVisit(api, kunlun);
        String path = "/api/return-visits/" + id(visit);

        assertThat(api.get(path, sunhome).status()).isEqualTo(404);
        assertThat(api.post(path + "/outcome", sunhome, "{\"outcome\": \"problem-persists\"}").status()).isEqualTo(404);
        assertThat(api.post(path + "/survey-link", sunhome, "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/return-visits?status=all&ticket=" + visit.get("ticketId").asString(), sunhome).json()
            .get("total").asLong()).isZero();
        // Untouched by the refused outcome: still due, ticket still resolved.
        assertThat(api.get(path, kunlun).json().get("visit").get("status").asString()).isEqualTo("due");
    }

    @Test
    void listsAndResultsNeverShowAnotherVendorsRows() {
        String kunlun = tokens.of("kunlun-agent");
        String sunhome = tokens.of("sunhome-agent");
        JsonNode visit = newVisit(api, kunlun);

        assertThat(ids(api.get("/api/return-visits?status=all&size=100", sunhome).json(), "id")).doesNotContain(id(visit));
        assertThat(ids(api.get("/api/surveys/outstanding?size=100", sunhome).json(), "visitId"))
            .doesNotContain(id(visit));
        JsonNode results = api.get("/api/return-visits/results?engineer="
                + java.net.URLEncoder.encode(visit.get("engineerName").asString(), java.nio.charset.StandardCharsets.UTF_8),
                sunhome).json();
        long sunhomeVisits = 0;
        for (JsonNode count : results.get("visits")) {
            sunhomeVisits += count.asLong();
        }
        assertThat(sunhomeVisits).isZero();
    }

    @Test
    void aCallbackCannotBeLinkedToAnotherVendorsVisit() {
        JsonNode visit = newVisit(api, tokens.of("kunlun-agent"));

        Api.Reply refused = api.post("/api/calls/callbacks", tokens.of("sunhome-agent"),
                "{\"number\": \"13800138000\", \"returnVisitId\": \"%s\"}".formatted(id(visit)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("returnVisitId");
    }

    /** Huaxin's form is edited here; the other tests survey kunlun's customers with the standard form. */
    @Test
    void eachVendorHasItsOwnSurveyForm() {
        Api.Reply saved = api.put("/api/admin/survey-form", tokens.of("huaxin-admin"), """
                {"passScore": 7, "questions": [
                  {"key": "overall", "kind": "scale-10", "text": {"zh": "总体满意度？", "en": "Overall?"}},
                  {"key": "speed", "kind": "scale-5", "text": {"zh": "响应速度？", "en": "How fast?"}}]}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("custom").asBoolean()).isTrue();

        JsonNode sunhome = api.get("/api/admin/survey-form", tokens.of("sunhome-admin")).json();
        assertThat(ids(sunhome.get("form").get("questions"), "key")).doesNotContain("speed");
        assertThat(api.get("/api/admin/survey-form", tokens.of("huaxin-agent")).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/survey-form", tokens.of("huaxin-admin")).json().get("form").get("passScore")
            .asInt()).isEqualTo(7);

        Api.Reply refused = api.put("/api/admin/survey-form", tokens.of("huaxin-admin"), """
                {"passScore": 12, "questions": [{"key": "Bad", "kind": "text", "text": {"zh": "?"}}]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).contains("passScore", "questions[0].key", "questions");
    }

    @Test
    void aSurveyLinkShowsOnlyItsOwnVendor() {
        String kunlun = tokens.of("kunlun-agent");
        String token = surveyToken(api, kunlun, newVisit(api, kunlun));

        JsonNode survey = api.get("/api/public/surveys/" + token, null).json();

        assertThat(survey.get("vendor").asString()).isEqualTo("Kunlun Computing");
    }

    private static List<String> ids(JsonNode pageOrArray, String field) {
        JsonNode items = pageOrArray.has("items") ? pageOrArray.get("items") : pageOrArray;
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get(field).asString()));
        return ids;
    }
}
