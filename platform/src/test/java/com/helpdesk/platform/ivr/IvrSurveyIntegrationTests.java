package com.helpdesk.platform.ivr;

import static com.helpdesk.platform.ivr.IvrFixtures.KUNLUN_DID;
import static com.helpdesk.platform.ivr.IvrFixtures.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.pbxsim.agi.AgiCallSetup;
import com.helpdesk.pbxsim.agi.AgiScenario;
import com.helpdesk.pbxsim.agi.AgiTranscript;
import com.helpdesk.pbxsim.agi.FastAgiClient;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.telephony.ivr.IvrServer;

/**
 * The satisfaction survey over FastAGI, played by the PBX simulator's scripted caller: a customer
 * transferred after the return-visit call (the call carries {@code RETURN_VISIT}), or one who
 * dials the survey line and keys the ticket number. Keys off the scale are asked again; a hang-up
 * keeps the answers given so far, marked incomplete.
 */
@IvrIntegrationTest
class IvrSurveyIntegrationTests {

    @Autowired
    IvrServer server;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aTransferredCustomerAnswersEveryQuestionAndAnOffScaleKeyIsAskedAgain() throws Exception {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);

        AgiTranscript heard = call(Map.of("RETURN_VISIT", visit.get("id").asString()), AgiScenario.caller()
            .press("survey-overall", "12")
            .press("survey-overall", "10")
            .press("survey-engineer", "4"));

        assertThat(heard.problems()).isEmpty();
        JsonNode survey = survey(agent, visit);
        assertThat(survey.get("status").asString()).isEqualTo("answered");
        assertThat(survey.get("channel").asString()).isEqualTo("ivr");
        assertThat(survey.get("score").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(survey.get("passed").asBoolean()).isTrue();
    }

    @Test
    void aHangUpMidSurveyKeepsTheAnswersGivenAsIncomplete() throws Exception {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);

        call(Map.of("RETURN_VISIT", visit.get("id").asString()), AgiScenario.caller()
            .press("survey-overall", "7")
            .hangUpAt("survey-engineer"));

        JsonNode survey = survey(agent, visit);
        assertThat(survey.get("status").asString()).isEqualTo("incomplete");
        assertThat(survey.get("answers").size()).isEqualTo(1);
        assertThat(survey.get("answers").get(0).get("key").asString()).isEqualTo("overall");
        assertThat(survey.get("answers").get(0).get("value").asInt()).isEqualTo(7);
        // Still owed: a web link or another call may complete it.
        assertThat(api.post("/api/return-visits/" + visit.get("id").asString() + "/survey-link", agent, "{}")
            .status()).isEqualTo(200);
    }

    @Test
    void aCallerOnTheSurveyLineKeysTheTicketNumber() throws Exception {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);

        call(Map.of("HELPDESK_SURVEY", "1"), AgiScenario.caller()
            .press("survey-enter-ticket", visit.get("ticketNumber").asLong() + "#")
            .press("survey-overall", "5")
            .press("survey-engineer", "2"));

        JsonNode survey = survey(agent, visit);
        assertThat(survey.get("status").asString()).isEqualTo("answered");
        assertThat(survey.get("passed").asBoolean()).isFalse();
    }

    private AgiTranscript call(Map<String, String> variables, AgiScenario scenario) throws Exception {
        AgiCallSetup plain = AgiCallSetup.call(KUNLUN_DID, mobile());
        AgiCallSetup setup = new AgiCallSetup(plain.did(), plain.callerId(), plain.callerName(), plain.uniqueId(),
                plain.linkedId(), plain.channel(), variables);
        AgiTranscript transcript = new FastAgiClient("127.0.0.1", server.port()).call(setup, scenario);
        assertThat(transcript.problems()).as("the scripted caller's view of " + transcript.prompts()).isEmpty();
        return transcript;
    }

    private JsonNode survey(String agent, JsonNode visit) {
        return api.get("/api/return-visits/" + visit.get("id").asString(), agent).json().get("survey");
    }

    private JsonNode newVisit(String agent) {
        JsonNode ticket = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "caller": {"name": "电话 回访", "phone": "138 0013 8000"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "无法充电 does not charge"}""")
            .json().get("ticket");
        Api.Reply resolved = api.post("/api/tickets/" + ticket.get("id").asString() + "/resolution", agent,
                "{\"version\": %d, \"cause\": \"适配器损坏\", \"fix\": \"更换适配器\"}".formatted(ticket.get("version").asInt()));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        AtomicReference<JsonNode> visit = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode page = api.get("/api/return-visits?status=all&ticket=" + ticket.get("id").asString(), agent).json();
            assertThat(page.get("items").size()).isEqualTo(1);
            visit.set(page.get("items").get(0));
        });
        return visit.get();
    }
}
