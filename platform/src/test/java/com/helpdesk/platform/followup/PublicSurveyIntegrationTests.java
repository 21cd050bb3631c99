package com.helpdesk.platform.followup;

import static com.helpdesk.platform.followup.FollowUpFixtures.id;
import static com.helpdesk.platform.followup.FollowUpFixtures.newVisit;
import static com.helpdesk.platform.followup.FollowUpFixtures.surveyToken;
import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The customer's web survey, reached without an account through the signed link: it shows the
 * vendor's name and the questions only, takes one complete set of answers, and refuses altered,
 * expired and used links with problem details.
 */
@PlatformIntegrationTest
class PublicSurveyIntegrationTests {

    static final TenantId KUNLUN = new TenantId(UUID.fromString("7a1f0c3e-0000-4000-8000-000000000001"));
    static final String ANSWERS = """
            {"answers": [{"key": "overall", "value": 6}, {"key": "engineer", "value": 3},
                         {"key": "comment", "text": "等了很久 waited long"}]}""";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantTransactions transactions;

    @Test
    void theLinkShowsTheVendorAndTheQuestionsAndNothingElse() {
        String agent = tokens.of("kunlun-agent");
        String token = surveyToken(api, agent, newVisit(api, agent));

        Api.Reply survey = api.get("/api/public/surveys/" + token, null);

        assertThat(survey.status()).as(survey.body()).isEqualTo(200);
        JsonNode body = survey.json();
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("vendor", "locale", "questions", "expiresAt");
        assertThat(body.get("vendor").asString()).isNotBlank();
        assertThat(fieldNames(body.get("questions").get(0))).containsExactlyInAnyOrder("key", "kind", "min", "max",
                "text");
        assertThat(body.toString()).doesNotContain("138", "回访 测试", "loose memory");
    }

    @Test
    void aLinkAnswersOnceAndIsRefusedAfterwards() {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(api, agent);
        String token = surveyToken(api, agent, visit);

        Api.Reply answered = api.post("/api/public/surveys/" + token, null, ANSWERS);
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);

        JsonNode survey = api.get("/api/return-visits/" + id(visit), agent).json().get("survey");
        assertThat(survey.get("status").asString()).isEqualTo("answered");
        assertThat(survey.get("channel").asString()).isEqualTo("web");
        assertThat(survey.get("score").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(survey.get("passed").asBoolean()).isFalse();

        Api.Reply reused = api.post("/api/public/surveys/" + token, null, ANSWERS);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.isProblem()).isTrue();
        assertThat(reused.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:link-used");
        assertThat(api.get("/api/public/surveys/" + token, null).status()).isEqualTo(410);
    }

    @Test
    void anAlteredLinkFindsNothing() {
        String agent = tokens.of("kunlun-agent");
        String token = surveyToken(api, agent, newVisit(api, agent));
        char c = token.charAt(30);
        String altered = token.substring(0, 30) + (c == 'a' ? 'b' : 'a') + token.substring(31);
        String otherId = UUID.randomUUID().toString().replace("-", "").substring(0, 22) + token.substring(22);

        for (String forged : List.of(altered, otherId, "not-a-token", token + "x")) {
            Api.Reply read = api.get("/api/public/surveys/" + forged, null);
            assertThat(read.status()).as(forged).isEqualTo(404);
            assertThat(read.isProblem()).isTrue();
            assertThat(api.post("/api/public/surveys/" + forged, null, ANSWERS).status()).as(forged).isEqualTo(404);
        }
        assertThat(api.get("/api/public/surveys/" + token, null).status()).isEqualTo(200);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(api, agent);
        String token = surveyToken(api, agent, visit);
        transactions.run(KUNLUN, () -> jdbc.sql("""
                update survey_invitations set expires_at = now() - interval '1 minute'
                 where tenant_id = :tenant and visit_id = :visit""")
            .param("tenant", KUNLUN.value())
            .param("visit", UUID.fromString(id(visit)))
            .update());

        Api.Reply expired = api.get("/api/public/surveys/" + token, null);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:link-expired");
        assertThat(api.post("/api/public/surveys/" + token, null, ANSWERS).status()).isEqualTo(410);
    }

    @Test
    void incompleteOrInvalidAnswersAreRefusedAndTheLinkStaysUsable() {
        String agent = tokens.of("kunlun-agent");
        String token = surveyToken(api, agent, newVisit(api, agent));

        Api.Reply refused = api.post("/api/public/surveys/" + token, null, """
                {"answers": [{"key": "overall", "value": 11}, {"key": "secret-field", "value": 1}]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).contains("answers[0].value", "answers[1].key", "answers");
        assertThat(api.post("/api/public/surveys/" + token, null, ANSWERS).status()).isEqualTo(204);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String agent = tokens.of("kunlun-agent");
        String token = surveyToken(api, agent, newVisit(api, agent));
        String huge = "{\"answers\": [{\"key\": \"comment\", \"text\": \"" + "x".repeat(70_000) + "\"}]}";

        Api.Reply refused = api.post("/api/public/surveys/" + token, null, huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.get("/api/public/surveys/" + token, null).status()).isEqualTo(200);
    }

    @Test
    void theResponseRateCountsAnsweredSurveysAndTheOwedOnesAreListed() {
        String agent = tokens.of("kunlun-agent");
        JsonNode answeredVisit = newVisit(api, agent);
        JsonNode owedVisit = newVisit(api, agent);
        JsonNode before = api.get("/api/surveys/response-rate", agent).json();
        api.post("/api/public/surveys/" + surveyToken(api, agent, answeredVisit), null, ANSWERS);

        JsonNode after = api.get("/api/surveys/response-rate", agent).json();
        assertThat(after.get("answered").asLong()).isEqualTo(before.get("answered").asLong() + 1);
        assertThat(after.get("target").asDouble()).isEqualTo(0.8);
        assertThat(after.get("keyCustomerTarget").asDouble()).isEqualTo(1.0);

        List<String> owed = new ArrayList<>();
        JsonNode page = api.get("/api/surveys/outstanding?size=100", agent).json();
        page.get("items").forEach(o -> owed.add(o.get("visitId").asString()));
        int pages = (int) Math.ceil(page.get("total").asLong() / 100.0);
        for (int p = 1; p < pages && !owed.contains(id(owedVisit)); p++) {
            api.get("/api/surveys/outstanding?size=100&page=" + p, agent).json().get("items")
                .forEach(o -> owed.add(o.get("visitId").asString()));
        }
        assertThat(owed).contains(id(owedVisit)).doesNotContain(id(answeredVisit));
    }

    @Test
    void aKeyCustomersSurveyCountsTowardsTheKeyCustomerRateAndIsListedFirst() {
        String agent = tokens.of("kunlun-agent");
        String phone = "+8613" + String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
        Api.Reply customer = api.post("/api/customers", agent, """
                {"kind": "organisation", "category": "special", "name": "重点客户 Key account",
                 "phones": [{"number": "%s", "label": "office"}], "addresses": [{"regionCode": "110105", "text": "朝阳区"}]}"""
            .formatted(phone));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        JsonNode before = api.get("/api/surveys/response-rate", agent).json();
        Api.Reply opened = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "customerId": "%s", "productLine": "laptop",
                 "problem": "服务器风扇报警 fan alarm"}""".formatted(customer.json().get("id").asString()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode ticket = opened.json().get("ticket");
        assertThat(api.post("/api/tickets/" + ticket.get("id").asString() + "/resolution", agent,
                "{\"version\": %d, \"cause\": \"风扇积灰\", \"fix\": \"清洁风扇\"}".formatted(ticket.get("version").asInt()))
            .status()).isEqualTo(201);
        JsonNode visit = FollowUpFixtures.visitOf(api, agent, ticket.get("id").asString());
        assertThat(visit.get("keyCustomer").asBoolean()).isTrue();

        JsonNode owed = api.get("/api/surveys/outstanding?keyOnly=true&size=100", agent).json();
        List<String> keyOwed = new ArrayList<>();
        owed.get("items").forEach(o -> {
            assertThat(o.get("keyCustomer").asBoolean()).isTrue();
            keyOwed.add(o.get("visitId").asString());
        });
        assertThat(keyOwed).contains(id(visit));
        JsonNode after = api.get("/api/surveys/response-rate", agent).json();
        assertThat(after.get("keyCustomersSent").asLong()).isEqualTo(before.get("keyCustomersSent").asLong() + 1);
        // A key customer who has not answered keeps the vendor below its 100 % key-customer target.
        assertThat(after.get("keyCustomerRate").asDouble()).isLessThan(1.0);
        assertThat(after.get("meetsTargets").asBoolean()).isFalse();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
