package com.helpdesk.platform.followup;

import static com.helpdesk.platform.followup.FollowUpFixtures.id;
import static com.helpdesk.platform.followup.FollowUpFixtures.newVisit;
import static com.helpdesk.platform.followup.FollowUpFixtures.resolvedTicket;
import static com.helpdesk.platform.followup.FollowUpFixtures.visitOf;
import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * Return visits of kunlun's resolved tickets: scheduled on its calendar, worked from the worklist,
 * outcomes recorded; "problem persists" reopens the ticket through its workflow.
 */
@PlatformIntegrationTest
class ReturnVisitIntegrationTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void resolvingATicketSchedulesAReturnVisitDueOnTheSeventhDayAtItsClosing() {
        String agent = tokens.of("kunlun-agent");
        JsonNode ticket = resolvedTicket(api, agent);

        JsonNode visit = visitOf(api, agent, ticket.get("id").asString());

        // kunlun: within 7 days; its desk opens every day, until 21:00 on weekdays and 17:30 at weekends.
        LocalDate seventh = LocalDate.ofInstant(Instant.parse(ticket.get("resolvedAt").asString()), BEIJING)
            .plusDays(7);
        boolean weekend = seventh.getDayOfWeek() == DayOfWeek.SATURDAY || seventh.getDayOfWeek() == DayOfWeek.SUNDAY;
        Instant expected = seventh.atTime(weekend ? LocalTime.of(17, 30) : LocalTime.of(21, 0)).atZone(BEIJING)
            .toInstant();
        assertThat(Instant.parse(visit.get("dueAt").asString())).isEqualTo(expected);
        assertThat(visit.get("status").asString()).isEqualTo("due");
        assertThat(visit.get("overdue").asBoolean()).isFalse();
        assertThat(visit.get("ticketNumber").asLong()).isEqualTo(ticket.get("number").asLong());
        assertThat(visit.get("callerPhone").asString()).isEqualTo("+8613800138000");
        assertThat(visit.get("engineerName").asString()).isNotBlank();

        JsonNode detail = api.get("/api/return-visits/" + id(visit), agent).json();
        assertThat(detail.get("survey").get("status").asString()).isEqualTo("pending");
        assertThat(detail.get("survey").get("passScore").asInt()).isEqualTo(8);
    }

    @Test
    void theWorklistPutsTheVisitsToCallFirstAtTheTop() {
        String agent = tokens.of("kunlun-agent");
        newVisit(api, agent);

        JsonNode page = api.get("/api/return-visits?size=50", agent).json();

        List<Instant> callBy = new ArrayList<>();
        page.get("items").forEach(v -> {
            assertThat(v.get("status").asString()).isIn("due", "retry");
            callBy.add(Instant.parse(v.get("callBy").asString()));
        });
        assertThat(callBy).isNotEmpty().isSorted();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(callBy.size());
    }

    @Test
    void problemPersistsReopensTheTicketAndKeepsItsHistory() {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(api, agent);

        Api.Reply recorded = api.post("/api/return-visits/" + id(visit) + "/outcome", agent, """
                {"outcome": "problem-persists", "note": "又黑屏了 black again", "version": %d}"""
            .formatted(visit.get("version").asInt()));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("visit").get("status").asString()).isEqualTo("problem-persists");
        String ticket = visit.get("ticketId").asString();
        assertThat(api.get("/api/tickets/" + ticket, agent).json().get("ticket").get("status").asString())
            .isEqualTo("reopened");
        List<String> types = new ArrayList<>();
        api.get("/api/tickets/" + ticket + "/history", agent).json().forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).containsSubsequence("resolution", "return-visit", "status");
        assertThat(types).contains("opened");

        Api.Reply again = api.post("/api/return-visits/" + id(visit) + "/outcome", agent,
                "{\"outcome\": \"reached\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void aCustomerNotReachedIsCalledAgainUntilTheAttemptsRunOut() {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(api, agent);
        String outcome = "/api/return-visits/" + id(visit) + "/outcome";

        JsonNode first = api.post(outcome, agent, "{\"outcome\": \"not-reached\", \"note\": \"无人接听\"}").json();
        assertThat(first.get("visit").get("status").asString()).isEqualTo("retry");
        assertThat(first.get("visit").get("attempts").asInt()).isEqualTo(1);
        Instant next = Instant.parse(first.get("visit").get("nextAttemptAt").asString());
        assertThat(next).isAfter(Instant.now());
        assertThat(first.get("visit").get("callBy").asString()).isEqualTo(first.get("visit").get("nextAttemptAt")
            .asString());

        api.post(outcome, agent, "{\"outcome\": \"not-reached\"}");
        JsonNode third = api.post(outcome, agent, "{\"outcome\": \"not-reached\"}").json();
        assertThat(third.get("visit").get("status").asString()).isEqualTo("unreachable");
        assertThat(third.get("visit").get("attempts").asInt()).isEqualTo(3);
        assertThat(api.get("/api/tickets/" + visit.get("ticketId").asString(), agent).json().get("ticket")
            .get("status").asString()).isEqualTo("resolved");
    }

    @Test
    void answersGivenOnTheCallCountForTheEngineer() {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(api, agent);
        String engineer = visit.get("engineerName").asString();
        long before = api.get("/api/return-visits/results?engineer=" + encode(engineer), agent).json().get("surveys")
            .get("passed").asLong();

        Api.Reply recorded = api.post("/api/return-visits/" + id(visit) + "/outcome", agent, """
                {"outcome": "reached", "answers": [{"key": "overall", "value": 9}, {"key": "engineer", "value": 4},
                 {"key": "comment", "text": "师傅很专业"}]}""");

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode survey = recorded.json().get("survey");
        assertThat(survey.get("status").asString()).isEqualTo("answered");
        assertThat(survey.get("channel").asString()).isEqualTo("phone");
        assertThat(survey.get("score").decimalValue()).isEqualByComparingTo("8.50");
        assertThat(survey.get("passed").asBoolean()).isTrue();
        JsonNode results = api.get("/api/return-visits/results?engineer=" + encode(engineer), agent).json();
        assertThat(results.get("surveys").get("passed").asLong()).isEqualTo(before + 1);
        assertThat(results.get("visits").get("reached").asLong()).isPositive();
    }

    @Test
    void aRefusedOutcomeNamesItsFieldsAndChangesNothing() {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(api, agent);

        Api.Reply refused = api.post("/api/return-visits/" + id(visit) + "/outcome", agent, """
                {"outcome": "maybe", "note": "%s"}""".formatted("x".repeat(2001)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("outcome", "note");

        Api.Reply badAnswers = api.post("/api/return-visits/" + id(visit) + "/outcome", agent, """
                {"outcome": "problem-persists", "answers": [{"key": "overall", "value": 42}]}""");
        assertThat(badAnswers.status()).isEqualTo(400);
        assertThat(errorFields(badAnswers)).containsExactly("answers[0].value");

        JsonNode unchanged = api.get("/api/return-visits/" + id(visit), agent).json();
        assertThat(unchanged.get("visit").get("status").asString()).isEqualTo("due");
        assertThat(unchanged.get("survey").get("status").asString()).isEqualTo("pending");
        assertThat(api.get("/api/tickets/" + visit.get("ticketId").asString(), agent).json().get("ticket")
            .get("status").asString()).isEqualTo("resolved");
    }

    @Test
    void theWorklistRefusesAnUnknownStatusAndAnOversizedPage() {
        Api.Reply refused = api.get("/api/return-visits?status=lost&size=1000", tokens.of("kunlun-agent"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("status", "size");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
