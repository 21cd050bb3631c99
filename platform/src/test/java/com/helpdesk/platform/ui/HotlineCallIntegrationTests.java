package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.pbxsim.agi.AgiTranscript;
import com.helpdesk.pbxsim.agi.ScriptedCallers;
import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.SimulatedPbx;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.ivr.IvrServer;

/**
 * A whole hotline call seen in the browsers, every protocol real: the simulated Asterisk takes a
 * call to kunlun's hotline into the platform's FastAGI IVR, where the caller reports a fault (the
 * IVR opens the ticket) and asks for an agent; the queue rings kunlun's agent, whose desk pops the
 * call with the IVR's ticket and searches known fixes with the caller's words; the agent resolves
 * the ticket; the supervisor's board counts the ticket in and out as it happens.
 */
class HotlineCallIntegrationTests extends BrowserTestPlatform {

    static final String OPEN_KPI = ".kpi[data-kpi='open'] .kpi-value";

    @Autowired
    IvrServer ivr;

    @Autowired
    CallListener calls;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void anIvrFaultReportPopsWithItsTicketIsResolvedOnTheDeskAndCountedOnTheBoard() throws Exception {
        String agent = tokens.of("kunlun-agent");
        String caller = "+86135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        AtomicReference<AgiTranscript> heard = new AtomicReference<>();
        PBX.ivrDriver(new ScriptedCallers("127.0.0.1", ivr.port(), SimulatedPbx.FAULT_REPORT_THEN_AGENT, heard::set));

        try (Browser desk = Browser.open("kunlun-agent"); Browser board = Browser.open("kunlun-supervisor")) {
            desk.signIn("kunlun-agent", "#/desk").awaitLive();
            board.signIn("kunlun-supervisor", "#/board").awaitLive();
            long open = api.get("/api/tickets?open=true&size=1", agent).json().get("total").asLong();
            board.await(d -> d.findElement(By.cssSelector(OPEN_KPI)).getText().equals(String.valueOf(open)));
            // The desk's pops subscription is in effect once a card rung through the port shows.
            desk.await(ringsUntilShown(calls, new AgentRing("ui-probe", UUID.randomUUID().toString(), KUNLUN_DID,
                    "13700000003", "2001", "", Instant.now())));
            desk.await(d -> PBX.loggedInClients() == 1); // the bridge holds the simulator's AMI connection

            CallHandle call = PBX.call(InboundCall.to(KUNLUN_DID).from(caller, "").queue("kunlun").ringing("2001")
                .answeredBy("2001").timing(Timing.fast()));
            String callId = PBX_SERVER + ":" + call.linkedId();
            desk.awaitVisible(".pop[data-call-id='" + callId + "']");

            String number = heard.get().argumentsOf("SAY DIGITS").getFirst();
            var ticket = api.get("/api/tickets/by-number/" + number, agent).json().get("ticket");
            assertThat(desk.find(".pop .ivr-ticket").getText()).isEqualTo("#" + number);
            assertThat(desk.findAll(".ivr-path li")).as("the caller's steps in the IVR").isNotEmpty();
            assertThat(desk.find(".caller-number").getText()).contains(caller);
            // The known-fix search already ran with the caller's own words from the IVR's ticket.
            desk.await(d -> d.findElement(By.id("fix-query")).getAttribute("value").equals(ticket.get("problem").asString()));
            desk.await(d -> !d.findElements(By.cssSelector(".fix-results [data-state], .fix-results .fix")).isEmpty());
            // The IVR's ticket is on the board as soon as it opened.
            board.await(d -> d.findElement(By.cssSelector(OPEN_KPI)).getText().equals(String.valueOf(open + 1)));
            desk.await(d -> "answered".equals(d.findElement(By.cssSelector(".pop")).getAttribute("data-event")));
            desk.screenshot("desk-ivr-pop.png");

            desk.find(".pop .ivr-ticket").click();
            desk.await(d -> d.findElement(By.id("ticket-title")).getText().contains(number));
            desk.type("#resolution-cause", "风扇积灰导致过热");
            desk.type("#resolution-fix", "清理风扇和散热片，更换导热硅脂");
            desk.type("[data-field='analysisReport']", "过热保护触发关机；清灰后满载测试 30 分钟无异常。");
            desk.find("#resolution-form button[type='submit']").click();
            desk.await(d -> !d.findElements(By.cssSelector("#ticket-view .badge[data-status='resolved']")).isEmpty());
            assertThat(api.get("/api/tickets/by-number/" + number, agent).json().get("ticket").get("status").asString())
                .isEqualTo("resolved");
            board.await(d -> d.findElement(By.cssSelector(OPEN_KPI)).getText().equals(String.valueOf(open)));

            call.hangup();
            call.finished().get(20, TimeUnit.SECONDS);
            desk.await(d -> "ended".equals(d.findElement(By.cssSelector(".pop")).getAttribute("data-event")));
        }
        finally {
            PBX.ivrDriver(null);
        }
    }

}
