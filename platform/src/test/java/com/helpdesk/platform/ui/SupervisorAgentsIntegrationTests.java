package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.StompTestClient;

/**
 * The agents panel of the supervisor board follows a call on the simulated Asterisk as it happens:
 * kunlun's agent (extension 2001) rings, talks, and is free again, without a reload.
 */
class SupervisorAgentsIntegrationTests extends BrowserTestPlatform {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void theBoardShowsTheAgentRingingThenTalkingThenFree() throws Exception {
        String agent = tokens.of("kunlun-agent");
        assertThat(api.get("/api/me", agent).status()).isEqualTo(200); // the demo extension 2001 is set
        UUID agentId = StompTestClient.userIdOf(agent);
        String row = "#board-agents tr[data-user-id='" + agentId + "']";
        try (Browser board = Browser.open("kunlun-supervisor")) {
            board.signIn("kunlun-supervisor", "#/board").awaitLive();
            board.awaitVisible(row);
            assertThat(board.find(row + " td:nth-child(2)").getText()).isEqualTo("2001");
            board.await(d -> PBX.loggedInClients() == 1); // the bridge holds the simulator's AMI connection

            // Rings for four seconds before the answer, long enough to be seen; talks until hung up.
            Timing timing = Timing.fast();
            timing = new Timing(timing.step(), timing.ivr(), Duration.ofSeconds(4), timing.ringTimeout(), timing.talk(),
                    timing.queueWait());
            String caller = "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            CallHandle call = PBX.call(InboundCall.to(KUNLUN_DID).from(caller, "").queue("kunlun").withoutIvr()
                .ringing("2001").answeredBy("2001").timing(timing));
            String callId = PBX_SERVER + ":" + call.linkedId();
            try {
                board.await(d -> stateOf(d, row, callId, "ringing"));
                assertThat(board.find(row + " .badge").getText()).isNotBlank();
                board.screenshot("board-agent-ringing.png");
                board.await(d -> stateOf(d, row, callId, "talking"));
                board.screenshot("board-agent-talking.png");
            }
            finally {
                call.hangup();
            }
            call.finished().get(20, TimeUnit.SECONDS);
            board.await(d -> {
                String state = d.findElement(By.cssSelector(row)).getAttribute("data-state");
                return state.equals("idle") || state.equals("offline"); // the agent's own desk is not open here
            });
            assertThat(board.find(row).getAttribute("data-call-id")).isEmpty();
        }
    }

    private static boolean stateOf(WebDriver driver, String row, String callId, String state) {
        var found = driver.findElements(By.cssSelector(row));
        return !found.isEmpty() && state.equals(found.getFirst().getAttribute("data-state"))
                && callId.equals(found.getFirst().getAttribute("data-call-id"));
    }
}
