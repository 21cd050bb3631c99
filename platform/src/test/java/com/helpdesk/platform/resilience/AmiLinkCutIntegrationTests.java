package com.helpdesk.platform.resilience;

import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import com.helpdesk.pbxsim.PbxSimulator;
import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.FaultyLink;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.SimulatedPbx;
import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The network between the platform and Asterisk's AMI is cut in the middle of a call, and mended.
 * What is lost: nothing. The bridge reconnects, resyncs the live calls, and the call log has every
 * call once: the call that ended while the link was down (answered by 2001), and the call that
 * started and was answered while it was down (found by the resync) and ended after. Each call's
 * end reaches the agent's desk once. The bridge's own reconnect and resync rules are tested in
 * telephony-bridge ({@code AmiFailoverIntegrationTests}: dropped connection, manager restart,
 * silent link, node death); this adds the platform's side, the call log and the desk, over a cut
 * network rather than a PBX that hangs up.
 */
@PlatformIntegrationTest
// The link and the simulated PBX die with this class: no later class may get this context from the cache.
@DirtiesContext
class AmiLinkCutIntegrationTests {

    static final String KUNLUN_DID = "+861088886666";
    static final String SERVER = SimulatedPbx.serverName("ami-cut");
    static final PbxSimulator PBX = SimulatedPbx.start();
    static final FaultyLink AMI = FaultyLink.to("AMI", "127.0.0.1", PBX.port());

    @DynamicPropertySource
    static void throughTheLink(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(registry, PBX, SERVER, KUNLUN_DID, false);
        registry.add("helpdesk.telephony.ami.servers[0].port", AMI::port);
    }

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    RealtimePushes pushes;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @AfterAll
    static void stopServices() {
        AMI.close();
        PBX.close();
    }

    @Test
    void callsAcrossACutLinkAreEachLoggedOnce() throws Exception {
        String agent = tokens.of("kunlun-agent");
        assertThat(api.get("/api/me", agent).status()).isEqualTo(200); // signs in: extension 2001
        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        UUID agentId = userIdOf(agent);
        await().atMost(StompTestClient.WAIT).until(() -> PBX.loggedInClients() == 1);

        try (StompTestClient desk = StompTestClient.connect(port, agent)) {
            BlockingQueue<Map<String, Object>> pops = desk.subscribe("/user/queue/pops");
            StompTestClient.awaitReady(pops, () -> pushes.toStaff(kunlun, agentId, "pops", StompTestClient.probe()));
            pops.clear();
            List<Map<String, Object>> seen = new ArrayList<>();

            CallHandle endsWhileCut = answeredCall();
            awaitPop(pops, seen, callId(endsWhileCut), "answered");
            int logins = PBX.logins();

            AMI.cut();
            await().atMost(StompTestClient.WAIT).until(() -> PBX.loggedInClients() == 0);
            endsWhileCut.hangup();
            endsWhileCut.finished().join();
            CallHandle startsWhileCut = answeredCall();
            await().atMost(StompTestClient.WAIT).until(() -> PBX.pbx().liveChannels() >= 2);
            AMI.restore();

            await().atMost(StompTestClient.WAIT).until(() -> PBX.logins() > logins && PBX.loggedInClients() == 1);
            awaitPop(pops, seen, callId(endsWhileCut), "ended");
            awaitPop(pops, seen, callId(startsWhileCut), "answered");
            startsWhileCut.hangup();
            awaitPop(pops, seen, callId(startsWhileCut), "ended");
            // The bridge reports a call's events in order: once a later call has ended, a replayed end would be here.
            CallHandle later = answeredCall();
            later.hangup();
            awaitPop(pops, seen, callId(later), "ended");

            for (CallHandle call : List.of(endsWhileCut, startsWhileCut)) {
                assertThat(seen).as("pops of %s", call.linkedId())
                    .filteredOn(pop -> callId(call).equals(pop.get("callId")) && "ended".equals(pop.get("event")))
                    .hasSize(1);
                JsonNode logged = logged(agent, call.linkedId());
                assertThat(logged.get("disposition").asString()).isEqualTo("answered");
                assertThat(logged.get("answeredBy").asString()).isEqualTo("2001");
                assertThat(logged.get("agentId").asString()).isEqualTo(agentId.toString());
                assertThat(rows(kunlun, call.linkedId())).as("rows of %s", call.linkedId()).isOne();
            }
        }
    }

    private CallHandle answeredCall() {
        String caller = "+86135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return PBX.call(InboundCall.to(KUNLUN_DID).from(caller, "").queue("kunlun").withoutIvr()
            .ringing("2001").answeredBy("2001").timing(Timing.fast()));
    }

    private static String callId(CallHandle call) {
        return SERVER + ":" + call.linkedId();
    }

    /** Collects pops into {@code seen} until the call's {@code event} has come. */
    private static void awaitPop(BlockingQueue<Map<String, Object>> pops, List<Map<String, Object>> seen,
            String callId, String event) throws InterruptedException {
        Predicate<Map<String, Object>> wanted = pop -> callId.equals(pop.get("callId")) && event.equals(pop.get("event"));
        if (seen.stream().anyMatch(wanted)) {
            return;
        }
        long deadline = System.nanoTime() + StompTestClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> pop = pops.poll(250, TimeUnit.MILLISECONDS);
            if (pop != null) {
                seen.add(pop);
                if (wanted.test(pop)) {
                    return;
                }
            }
        }
        throw new AssertionError("no " + event + " pop for " + callId + "; pops seen: " + seen);
    }

    private JsonNode logged(String token, String linkedId) {
        return await().atMost(StompTestClient.WAIT).until(() -> api.get("/api/calls?limit=50", token).json()
            .valueStream()
            .filter(c -> c.get("linkedId").asString().equals(linkedId) && !c.get("disposition").asString().equals("live"))
            .findFirst()
            .orElse(null), found -> found != null);
    }

    private long rows(TenantId tenant, String linkedId) {
        return transactions.call(tenant, () -> jdbc.sql("select count(*) from calls where server = :server and linked_id = :linked")
            .param("server", SERVER)
            .param("linked", linkedId)
            .query(Long.class)
            .single());
    }
}
