package com.helpdesk.platform.ivr;

import static com.helpdesk.platform.ivr.IvrFixtures.HUAXIN;
import static com.helpdesk.platform.ivr.IvrFixtures.HUAXIN_DID;
import static com.helpdesk.platform.ivr.IvrFixtures.KUNLUN_DID;
import static com.helpdesk.platform.ivr.IvrFixtures.SUNHOME;
import static com.helpdesk.platform.ivr.IvrFixtures.SUNHOME_DID;
import static com.helpdesk.platform.ivr.IvrFixtures.digitsOf;
import static com.helpdesk.platform.ivr.IvrFixtures.mobile;
import static com.helpdesk.platform.ivr.IvrFixtures.national;
import static com.helpdesk.platform.ivr.IvrFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.pbxsim.agi.AgiScenario;
import com.helpdesk.platform.ivr.IvrFixtures.Call;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/** The dialled number decides the tenant of everything the IVR does, and nothing else does. */
@IvrIntegrationTest
class IvrTenantIsolationIntegrationTests {

    @Autowired
    IvrFixtures fixtures;

    @Autowired
    IvrSessions sessions;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aReportOnOneTenantsHotlineOpensItsTicketUnderThatTenantOnly() throws Exception {
        Call call = fixtures.call(SUNHOME_DID, mobile(), AgiScenario.caller()
            .press("main-menu", "1")
            .press("identify", "0")
            .press("choose-product-line", "1")
            .press("severity-1", "1")
            .speak(Duration.ofSeconds(6))
            .press("confirm-recording", "1")
            .silence("after-ticket"));

        String number = call.transcript().argumentsOf("SAY DIGITS").getFirst();
        JsonNode ticket = fixtures.ticketByNumber(number, tokens.of("sunhome-agent")).get("ticket");
        assertThat(ticket.get("productLine").asString()).isEqualTo("solar-water-heater");
        assertThat(api.get("/api/tickets/by-number/" + number, tokens.of("kunlun-agent")).status()).isEqualTo(404);
        assertThat(api.get("/api/tickets/" + ticket.get("id").asString(), tokens.of("huaxin-agent")).status())
            .isEqualTo(404);
        assertThat(sessions.find(call.linkedId()).orElseThrow().tenant()).isEqualTo(SUNHOME);
        assertThat(call.transcript().prompts()).as("sunhome's levels promise no first-response time")
            .contains("helpdesk/zh/promise-asap");
    }

    @Test
    void theStatusOfAnotherTenantsTicketIsNeverTold() throws Exception {
        Api.Reply opened = api.post("/api/tickets", tokens.of("huaxin-agent"), """
                {"channel": "web", "severity": 2, "caller": {"name": "李工"}, "regionCode": "320102",
                 "problem": "核心交换机端口闪断 core switch ports flapping"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String number = opened.json().get("ticket").get("number").asString();

        Call elsewhere = fixtures.call(KUNLUN_DID, mobile(), AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "2")
            .press("enter-ticket", number + "#")
            .press("enter-ticket", number + "#")
            .press("enter-ticket", number + "#"));
        Call own = fixtures.call(HUAXIN_DID, mobile(), AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "2")
            .press("enter-ticket", number + "#"));

        assertThat(elsewhere.transcript().prompts()).contains("helpdesk/zh/ticket-unknown")
            .noneMatch(prompt -> prompt.contains("status-"));
        assertThat(elsewhere.transcript().argumentsOf("SAY DIGITS")).isEmpty();
        assertThat(own.transcript().prompts()).contains("helpdesk/zh/status-new");
        assertThat(sessions.find(own.linkedId()).orElseThrow().tenant()).isEqualTo(HUAXIN);
    }

    @Test
    void aCustomerOfOneTenantIsAStrangerOnAnotherTenantsHotline() throws Exception {
        String caller = mobile();
        String serial = serial();
        fixtures.customerWithDevice(tokens.of("kunlun-agent"), caller, "laptop", serial);

        Call call = fixtures.call(HUAXIN_DID, caller, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "2")
            .press("enter-serial", digitsOf(serial) + "#")
            .press("identify", "1")
            .press("enter-phone", national(caller) + "#")
            .hangUpAt("identify"));

        IvrSummary summary = sessions.find(call.linkedId()).orElseThrow();
        assertThat(summary.tenant()).isEqualTo(HUAXIN);
        assertThat(summary.customerId()).as("not by Caller ID, serial or keyed number").isNull();
        assertThat(summary.path()).doesNotContain("caller-id:known")
            .containsSubsequence("identify:not-found", "identify:not-found");
        assertThat(fixtures.ticketsCalledFrom(HUAXIN, caller)).isZero();
    }
}
