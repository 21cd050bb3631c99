package com.helpdesk.platform.board;

import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import com.helpdesk.pbxsim.PbxSimulator;
import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.SimulatedPbx;
import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.tenancy.TenantDirectory;

/**
 * The agents panel of the supervisor board against a simulated Asterisk: a queue call to kunlun's
 * hotline rings 2001 and 2002, 2001 answers, the caller hangs up. Kunlun's supervisor sees each
 * state in the API and as pushes; huaxin's supervisor sees none of it, and kunlun's agents cannot
 * follow their colleagues' states.
 */
@PlatformIntegrationTest
class AgentBoardIntegrationTests {

    static final String KUNLUN_DID = "+861088886666";
    static final String SERVER = SimulatedPbx.serverName("board-sim");
    static final PbxSimulator PBX = SimulatedPbx.start();
    static final String PATH = "/api/board/agents";

    /**
     * A platform of its own, not shared with {@code FullCallIntegrationTests}: the test framework
     * pauses a cached context while other classes run, and the AMI bridge does not start again
     * after such a pause, so a context with a bridge must serve adjacent classes only.
     */
    @DynamicPropertySource
    static void telephony(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(registry, PBX, SERVER, KUNLUN_DID, false);
    }

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
    void theSupervisorFollowsAnAgentFromRingingToTalkingToIdle() throws Exception {
        String agent = tokens.of("kunlun-agent");
        String agent2 = tokens.of("kunlun-agent2");
        String supervisor = tokens.of("kunlun-supervisor");
        String huaxinSupervisor = tokens.of("huaxin-supervisor");
        for (String token : List.of(agent, agent2, supervisor, huaxinSupervisor)) {
            assertThat(api.get("/api/me", token).status()).isEqualTo(200); // the demo extensions are set
        }
        UUID agentId = userIdOf(agent);
        awaitBridgeLoggedIn();

        try (StompTestClient desk = StompTestClient.connect(port, agent);
                StompTestClient board = StompTestClient.connect(port, supervisor);
                StompTestClient otherBoard = StompTestClient.connect(port, huaxinSupervisor)) {
            BlockingQueue<Map<String, Object>> frames = ready(board, "kunlun");
            BlockingQueue<Map<String, Object>> otherFrames = ready(otherBoard, "huaxin");
            // The agent's open desk makes the agent idle rather than offline.
            JsonNode before = awaitAgent(supervisor, agentId, a -> a.get("state").asString().equals("idle"));
            assertThat(before.get("extension").asString()).isEqualTo("2001");
            assertThat(before.get("since").isNull()).isFalse();

            String caller = "+86137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            CallHandle call = PBX.call(InboundCall.to(KUNLUN_DID).from(caller, "").queue("kunlun").withoutIvr()
                .ringing("2001", "2002").answeredBy("2001").timing(Timing.fast()));
            String callId = SERVER + ":" + call.linkedId();

            List<Map<String, Object>> seen = new ArrayList<>();
            assertThat(nextOf(frames, agentId, callId, "ringing", seen)).containsEntry("extension", "2001");
            assertThat(nextOf(frames, agentId, callId, "talking", seen)).containsEntry("callId", callId);
            JsonNode talking = awaitAgent(supervisor, agentId, a -> a.get("state").asString().equals("talking"));
            assertThat(talking.get("callId").asString()).isEqualTo(callId);
            JsonNode colleague = awaitAgent(supervisor, userIdOf(agent2), a -> !a.get("state").asString().equals("ringing"));
            assertThat(colleague.get("callId").isNull()).as("2002 is no longer rung once 2001 answered").isTrue();

            call.hangup();
            call.finished().get(20, TimeUnit.SECONDS);
            Map<String, Object> idle = nextOf(frames, agentId, null, "idle", seen);
            assertThat(idle.get("callId")).isNull();
            awaitAgent(supervisor, agentId, a -> a.get("state").asString().equals("idle"));

            // Huaxin's supervisor: its own list holds none of kunlun's agents, and no frame of this call reached it.
            JsonNode huaxinList = api.get(PATH, huaxinSupervisor).json();
            assertThat(huaxinList.valueStream().map(a -> a.get("userId").asString()))
                .doesNotContain(agentId.toString(), userIdOf(agent2).toString());
            List<Map<String, Object>> leaked = new ArrayList<>();
            otherFrames.drainTo(leaked);
            assertThat(leaked).noneMatch(frame -> callId.equals(frame.get("callId"))
                    || agentId.toString().equals(frame.get("userId")));
        }
    }

    @Test
    void onlySupervisorsAndVendorAdminsOfTheTenantSeeTheAgents() throws Exception {
        assertThat(api.get(PATH, tokens.of("kunlun-agent")).status()).isEqualTo(403);
        assertThat(api.get(PATH, tokens.of("kunlun-admin")).status()).isEqualTo(200);
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
        JsonNode kunlun = api.get(PATH, tokens.of("kunlun-supervisor")).json();
        assertThat(kunlun.valueStream().map(a -> a.get("username").asString())).contains("kunlun-agent")
            .allMatch(name -> name.startsWith("kunlun-"));

        // Agents cannot follow their colleagues' phones, nor another tenant's supervisor kunlun's.
        try (StompTestClient agentDesk = StompTestClient.connect(port, tokens.of("kunlun-agent"))) {
            agentDesk.subscribe("/topic/tenants/kunlun/agents");
            assertThat(agentDesk.awaitError()).isNotNull();
        }
        try (StompTestClient huaxin = StompTestClient.connect(port, tokens.of("huaxin-supervisor"))) {
            huaxin.subscribe("/topic/tenants/kunlun/agents");
            assertThat(huaxin.awaitError()).isNotNull();
        }
    }

    /** The next frame about {@code agent} in {@code state} (and on {@code callId} if given), skipping others' frames. */
    private static Map<String, Object> nextOf(BlockingQueue<Map<String, Object>> frames, UUID agent, String callId,
            String state, List<Map<String, Object>> seen) throws InterruptedException {
        Instant deadline = Instant.now().plus(StompTestClient.WAIT);
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> frame = frames.poll(250, TimeUnit.MILLISECONDS);
            if (frame == null || !agent.toString().equals(frame.get("userId"))) {
                continue;
            }
            seen.add(frame);
            if (state.equals(frame.get("state")) && (callId == null || callId.equals(frame.get("callId")))) {
                return frame;
            }
        }
        throw new AssertionError("no '" + state + "' frame for " + agent + "; frames seen: " + seen);
    }

    private JsonNode awaitAgent(String token, UUID agent, Predicate<JsonNode> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(StompTestClient.WAIT);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = api.get(PATH, token);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            last = reply.json().valueStream().filter(a -> a.get("userId").asString().equals(agent.toString()))
                .findFirst().orElseThrow(() -> new AssertionError(agent + " is not on the board: " + reply.body()));
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the board never showed the expected state; last: " + last);
    }

    private BlockingQueue<Map<String, Object>> ready(StompTestClient client, String slug) throws InterruptedException {
        BlockingQueue<Map<String, Object>> frames = client.subscribe("/topic/tenants/" + slug + "/agents");
        StompTestClient.awaitReady(frames, () -> pushes.toTenant(tenants.findBySlug(slug).orElseThrow().id(), "agents",
                StompTestClient.probe()));
        frames.clear();
        return frames;
    }

    private void awaitBridgeLoggedIn() throws InterruptedException {
        Instant deadline = Instant.now().plus(StompTestClient.WAIT);
        while (PBX.loggedInClients() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(PBX.loggedInClients()).as("the bridge holds the AMI connection").isEqualTo(1);
    }
}
