package com.helpdesk.platform.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * Dispatch from the desk to kunlun's Beijing partner (demo data: covers 110000, its person is
 * {@code kunlun-partner}, accepts within 2 h) and the partner's answers from its own app.
 * Other tests add kunlun partners nearer to Chaoyang, so these pick the demo partner by id
 * rather than trusting it to rank first.
 */
@PlatformIntegrationTest
class DispatchIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    static final String BEIJING_PARTNER = "7a1f0c3e-0000-4000-8001-000000000101";

    String agent;
    String partner;
    String ticket;

    @BeforeEach
    void kunlunHasATicketInChaoyang() {
        agent = tokens.of("kunlun-agent");
        partner = tokens.of("kunlun-partner");
        Api.Reply opened = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 2, "caller": {"name": "周先生", "phone": "13612345678"},
                 "regionCode": "110105", "address": "朝阳区建国路 1 号", "productLine": "desktop",
                 "problem": "主机无法开机 will not power on"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        ticket = opened.json().get("ticket").get("id").asString();
    }

    @Test
    void theDeskOffersToTheSuggestedPartnerWhoAcceptsAndChecksInOnSite() {
        JsonNode beijingSuggestion = beijingSuggestion();
        String beijing = beijingSuggestion.get("partner").get("id").asString();
        assertThat(beijingSuggestion.get("coveredBy").asString()).isEqualTo("110000");

        Api.Reply offered = api.post("/api/tickets/" + ticket + "/dispatches", agent,
                "{\"partnerId\": \"%s\"}".formatted(beijing));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        String dispatch = offered.json().get("id").asString();
        assertThat(Instant.parse(offered.json().get("acceptDueAt").asString()))
            .isEqualTo(Instant.parse(offered.json().get("dispatchedAt").asString()).plus(2, ChronoUnit.HOURS));
        JsonNode dispatched = api.get("/api/tickets/" + ticket, agent).json().get("ticket");
        assertThat(dispatched.get("status").asString()).isEqualTo("dispatched");
        assertThat(dispatched.get("partnerId").asString()).isEqualTo(beijing);

        JsonNode queue = api.get("/api/partner/dispatches", partner).json();
        JsonNode job = find(queue, dispatch);
        assertThat(job.get("address").asString()).isEqualTo("朝阳区建国路 1 号");
        assertThat(job.get("callerPhone").asString()).isEqualTo("+8613612345678");

        Api.Reply accepted = api.post("/api/partner/dispatches/" + dispatch + "/accept", partner, """
                {"visitAt": "%s", "engineerName": "刘工"}""".formatted(Instant.now().plus(3, ChronoUnit.HOURS)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
        assertThat(accepted.json().get("acceptanceLate").asBoolean()).isFalse();

        Api.Reply checkedIn = api.post("/api/partner/dispatches/" + dispatch + "/check-in", partner, "{}");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        JsonNode onSite = api.get("/api/tickets/" + ticket, agent).json();
        assertThat(onSite.get("ticket").get("status").asString()).isEqualTo("on-site");
        assertThat(StreamSupport.stream(onSite.get("clocks").spliterator(), false)
            .filter(c -> c.get("kind").asString().equals("on-site")).findFirst().orElseThrow()
            .get("state").asString()).isEqualTo("MET");
        assertThat(types(api.get("/api/tickets/" + ticket + "/history", agent).json()))
            .containsSubsequence("opened", "status", "dispatch-offered", "dispatch-accepted", "status");
        assertThat(api.post("/api/partner/dispatches/" + dispatch + "/accept", partner, """
                {"visitAt": "%s", "engineerName": "刘工"}""".formatted(Instant.now())).status()).isEqualTo(409);
    }

    @Test
    void aRefusalReturnsTheTicketToTheDesk() {
        String dispatch = offerToBeijing();

        Api.Reply refused = api.post("/api/partner/dispatches/" + dispatch + "/refuse", partner,
                "{\"reason\": \"no engineer free today\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        JsonNode back = api.get("/api/tickets/" + ticket, agent).json().get("ticket");
        assertThat(back.get("status").asString()).isEqualTo("acknowledged");
        assertThat(back.get("partnerId").isNull()).isTrue();
        JsonNode offers = api.get("/api/tickets/" + ticket + "/dispatches", agent).json();
        assertThat(offers.get(0).get("refusalReason").asString()).isEqualTo("no engineer free today");
    }

    @Test
    void badAnswersAndUnknownPartnersAreRefusedFieldByField() {
        assertThat(Api.errorFields(api.post("/api/tickets/" + ticket + "/dispatches", agent,
                "{\"partnerId\": \"%s\"}".formatted(UUID.randomUUID())))).containsExactly("partnerId");
        String dispatch = offerToBeijing();

        assertThat(Api.errorFields(api.post("/api/partner/dispatches/" + dispatch + "/accept", partner,
                "{\"visitAt\": \"2020-01-01T00:00:00Z\", \"engineerName\": \"\"}")))
            .containsExactlyInAnyOrder("visitAt", "engineerName");
        assertThat(Api.errorFields(api.post("/api/partner/dispatches/" + dispatch + "/refuse", partner, "{}")))
            .containsExactly("reason");
        assertThat(api.post("/api/partner/dispatches/" + dispatch + "/check-in", partner, "{}").status())
            .as("a visit not accepted cannot be checked in").isEqualTo(409);
    }

    @Test
    void anotherTenantsPartnerNeitherSeesNorAnswersTheOffer() {
        String dispatch = offerToBeijing();
        String sunhomePartner = tokens.of("sunhome-partner");

        assertThat(StreamSupport.stream(api.get("/api/partner/dispatches", sunhomePartner).json().spliterator(), false)
            .map(j -> j.get("dispatch").get("id").asString())).doesNotContain(dispatch);
        for (String answer : List.of("accept", "refuse", "check-in")) {
            assertThat(api.post("/api/partner/dispatches/" + dispatch + "/" + answer, sunhomePartner, """
                    {"visitAt": "%s", "engineerName": "x", "reason": "x"}""".formatted(Instant.now()))
                .status()).as(answer).isEqualTo(404);
        }
        String huaxin = tokens.of("huaxin-agent");
        assertThat(api.get("/api/tickets/" + ticket + "/dispatches", huaxin).status()).isEqualTo(404);
        assertThat(api.get("/api/tickets/" + ticket + "/partner-suggestions", huaxin).status()).isEqualTo(404);
        assertThat(api.get("/api/tickets/" + ticket + "/dispatches", agent).json()).hasSize(1);
        assertThat(api.get("/api/tickets/" + ticket, agent).json().get("ticket").get("status").asString())
            .isEqualTo("dispatched");
    }

    private JsonNode beijingSuggestion() {
        JsonNode suggestions = api.get("/api/tickets/" + ticket + "/partner-suggestions", agent).json();
        return StreamSupport.stream(suggestions.spliterator(), false)
            .filter(s -> s.get("partner").get("id").asString().equals(BEIJING_PARTNER)).findFirst()
            .orElseThrow(() -> new AssertionError("the Beijing partner is not suggested: " + suggestions));
    }

    private String offerToBeijing() {
        Api.Reply offered = api.post("/api/tickets/" + ticket + "/dispatches", agent,
                "{\"partnerId\": \"%s\"}".formatted(beijingSuggestion().get("partner").get("id").asString()));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        return offered.json().get("id").asString();
    }

    private static JsonNode find(JsonNode queue, String dispatch) {
        return StreamSupport.stream(queue.spliterator(), false)
            .filter(j -> j.get("dispatch").get("id").asString().equals(dispatch)).findFirst()
            .orElseThrow(() -> new AssertionError("dispatch " + dispatch + " not in " + queue));
    }

    private static List<String> types(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(e -> e.get("type").asString()).toList();
    }
}
