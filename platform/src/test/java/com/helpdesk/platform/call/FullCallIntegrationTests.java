package com.helpdesk.platform.call;

import static com.helpdesk.platform.support.StompTestClient.next;
import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import com.helpdesk.pbxsim.PbxSimulator;
import com.helpdesk.pbxsim.agi.AgiTranscript;
import com.helpdesk.pbxsim.agi.ScriptedCallers;
import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.SimulatedPbx;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.telephony.ivr.IvrServer;

/**
 * A whole hotline call, every protocol real: the simulated Asterisk takes a call to kunlun's
 * hotline into the platform's FastAGI IVR, where the caller reports a fault (ticket opened, number
 * read back) and asks for an agent; the queue rings kunlun's two agents (demo extensions 2001 and
 * 2002); the AMI bridge pops the caller's data in both their browsers; 2001 answers; the caller
 * hangs up; the call log has it all. Huaxin's agent, signed in at the same time, sees nothing.
 */
@PlatformIntegrationTest
class FullCallIntegrationTests {

    static final String KUNLUN_DID = "+861088886666";
    static final String SERVER = SimulatedPbx.serverName("sim");
    static final PbxSimulator PBX = SimulatedPbx.start();

    @DynamicPropertySource
    static void telephony(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(registry, PBX, SERVER, KUNLUN_DID, true);
    }

    @Autowired
    IvrServer ivr;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    RealtimePushes pushes;

    @Autowired
    TenantDirectory tenants;

    @LocalServerPort
    int port;

    @AfterAll
    static void stopSimulator() {
        PBX.close();
    }

    @Test
    void anIvrFaultReportPopsOnTheRungAgentsAndIsLoggedWithItsTicket() throws Exception {
        String agent = tokens.of("kunlun-agent");
        String agent2 = tokens.of("kunlun-agent2");
        String huaxin = tokens.of("huaxin-agent");
        for (String token : List.of(agent, agent2, huaxin)) {
            assertThat(api.get("/api/me", token).status()).isEqualTo(200); // signs in: the demo extensions are set
        }
        awaitBridgeLoggedIn();
        String caller = "+86135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        AtomicReference<AgiTranscript> heard = new AtomicReference<>();
        PBX.ivrDriver(new ScriptedCallers("127.0.0.1", ivr.port(), SimulatedPbx.FAULT_REPORT_THEN_AGENT, heard::set));

        try (StompTestClient first = StompTestClient.connect(port, agent);
                StompTestClient second = StompTestClient.connect(port, agent2);
                StompTestClient other = StompTestClient.connect(port, huaxin)) {
            BlockingQueue<Map<String, Object>> firstPops = ready(first, "kunlun", agent);
            BlockingQueue<Map<String, Object>> secondPops = ready(second, "kunlun", agent2);
            BlockingQueue<Map<String, Object>> otherPops = ready(other, "huaxin", huaxin);

            CallHandle call = PBX.call(InboundCall.to(KUNLUN_DID).from(caller, "").queue("kunlun")
                .ringing("2001", "2002").answeredBy("2001")
                .timing(Timing.fast().withTalk(Duration.ofMillis(300))));

            Map<String, Object> ringing = next(firstPops);
            assertThat(ringing).containsEntry("event", "ringing").containsEntry("caller", caller)
                .containsEntry("callId", SERVER + ":" + call.linkedId());
            String number = heard.get().argumentsOf("SAY DIGITS").getFirst();
            Map<?, ?> ivrData = (Map<?, ?>) ringing.get("ivr");
            assertThat(String.valueOf(ivrData.get("ticketNumber"))).isEqualTo(number);
            assertThat((List<?>) ivrData.get("path")).isNotEmpty();
            assertThat(next(secondPops)).containsEntry("event", "ringing");
            assertThat(next(firstPops)).containsEntry("event", "answered").containsEntry("answeredByYou", true);
            assertThat(next(secondPops)).containsEntry("event", "answered").containsEntry("answeredByYou", false);
            call.finished().get(20, TimeUnit.SECONDS);
            assertThat(next(firstPops)).containsEntry("event", "ended");
            assertThat(otherPops.poll(1, TimeUnit.SECONDS)).as("huaxin's desk never hears of it").isNull();

            JsonNode ticket = api.get("/api/tickets/by-number/" + number, agent).json().get("ticket");
            JsonNode logged = awaitLogged(agent, call.linkedId());
            assertThat(logged.get("disposition").asString()).isEqualTo("answered");
            assertThat(logged.get("answeredBy").asString()).isEqualTo("2001");
            assertThat(logged.get("agentId").asString()).isEqualTo(userIdOf(agent).toString());
            assertThat(logged.get("ticketId").asString()).isEqualTo(ticket.get("id").asString());
            assertThat(logged.get("ivrPath")).isNotEmpty();
            assertThat(logged.get("callerId").asString()).isEqualTo(caller);
            assertThat(api.get("/api/calls/" + logged.get("id").asString(), huaxin).status()).isEqualTo(404);
        }
        finally {
            PBX.ivrDriver(null);
        }
    }

    @Test
    void aCallbackRingsTheAgentThenTheCustomerAndIsLoggedWithItsTicket() throws Exception {
        String agent = tokens.of("kunlun-agent");
        assertThat(api.get("/api/me", agent).status()).isEqualTo(200);
        awaitBridgeLoggedIn();
        String mobile = "+86136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String customer = api.post("/api/customers", agent, """
                {"kind": "person", "category": "general", "name": "孙女士", "phones": [{"number": "%s"}]}"""
            .formatted(mobile)).json().get("id").asString();
        String ticket = api.post("/api/tickets", agent, """
                {"channel": "web", "severity": 3, "customerId": "%s", "problem": "回访 return visit"}"""
            .formatted(customer)).json().get("ticket").get("id").asString();

        try (StompTestClient client = StompTestClient.connect(port, agent)) {
            BlockingQueue<Map<String, Object>> outcomes = client.subscribe("/user/queue/calls");
            StompTestClient.awaitReady(outcomes, () -> pushes.toStaff(tenants.findBySlug("kunlun").orElseThrow().id(),
                    userIdOf(agent), "calls", StompTestClient.probe()));
            outcomes.clear();
            PBX.originateTiming(Timing.fast().withTalk(Duration.ofMillis(300)));

            Api.Reply placing = api.post("/api/calls/callbacks", agent,
                    "{\"customerId\": \"%s\", \"ticketId\": \"%s\"}".formatted(customer, ticket));

            assertThat(placing.status()).as(placing.body()).isEqualTo(202);
            assertThat(placing.json().get("number").asString()).isEqualTo(mobile);
            assertThat(placing.json().get("extension").asString()).isEqualTo("2001");
            Map<String, Object> outcome = next(outcomes);
            assertThat(outcome).containsEntry("placed", true).containsEntry("number", mobile);
            JsonNode logged = awaitLogged(agent, (String) outcome.get("linkedId"));
            assertThat(logged.get("direction").asString()).isEqualTo("outbound");
            assertThat(logged.get("ticketId").asString()).isEqualTo(ticket);
            assertThat(logged.get("customerId").asString()).isEqualTo(customer);
        }
        assertThat(Api.errorFields(api.post("/api/calls/callbacks", agent, "{\"number\": \"12\"}")))
            .containsExactly("number");
        assertThat(api.post("/api/calls/callbacks", tokens.of("huaxin-agent"),
                "{\"customerId\": \"%s\"}".formatted(customer)).status()).isEqualTo(400);
    }


    private void awaitBridgeLoggedIn() throws InterruptedException {
        Instant deadline = Instant.now().plus(StompTestClient.WAIT);
        while (PBX.loggedInClients() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(PBX.loggedInClients()).as("the bridge holds the AMI connection").isEqualTo(1);
    }

    private BlockingQueue<Map<String, Object>> ready(StompTestClient client, String slug, String token)
            throws InterruptedException {
        BlockingQueue<Map<String, Object>> pops = client.subscribe("/user/queue/pops");
        StompTestClient.awaitReady(pops, () -> pushes.toStaff(tenants.findBySlug(slug).orElseThrow().id(),
                userIdOf(token), "pops", StompTestClient.probe()));
        pops.clear();
        return pops;
    }

    private JsonNode awaitLogged(String token, String linkedId) throws InterruptedException {
        Instant deadline = Instant.now().plus(StompTestClient.WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonNode> found = api.get("/api/calls?limit=50", token).json().valueStream()
                .filter(c -> c.get("linkedId").asString().equals(linkedId)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("call " + linkedId + " never reached the call log");
    }

}
