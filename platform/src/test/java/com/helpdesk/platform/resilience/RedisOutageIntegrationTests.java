package com.helpdesk.platform.resilience;

import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.clients.jedis.Jedis;
import tools.jackson.databind.json.JsonMapper;

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
import com.helpdesk.tenantadmin.TenantId;

/**
 * Redis goes away while calls ring, and comes back. What is lost: nothing for the agents on the
 * node that holds the call. Its screen pops (ringing, answered, ended) reach the rung agent's
 * browser on the same node, each once, without the IVR steps (kept in Redis) but with the caller's
 * archive; the call is logged. A push sent the moment Redis returns, before this node's subscriber
 * is back, reaches the agent too. The node then listens again by itself (a push sent by another node
 * arrives) and its own pops still come once, although Redis now echoes them back.
 * Agents on other nodes miss the pushes sent while Redis is away (they find the calls in the log).
 * The outage is shorter than the AMI lease, which this node keeps meanwhile; past the lease the
 * bridge lets go of the PBX, as it must when it cannot prove it alone holds it, and the calls are
 * resynced once Redis returns ({@code AmiLinkCutIntegrationTests} covers a resync).
 */
@PlatformIntegrationTest
// The link and the simulated PBX die with this class: no later class may get this context from the cache.
@DirtiesContext
class RedisOutageIntegrationTests {

    static final String KUNLUN_DID = "+861088886666";
    static final String SERVER = SimulatedPbx.serverName("redis-outage");
    static final PbxSimulator PBX = SimulatedPbx.start();
    static final String REDIS_HOST = System.getenv().getOrDefault("HELPDESK_REDIS_HOST", "127.0.0.1");
    static final int REDIS_PORT = Integer.parseInt(System.getenv().getOrDefault("HELPDESK_REDIS_PORT", "6379"));
    static final FaultyLink REDIS = FaultyLink.to("Redis", REDIS_HOST, REDIS_PORT);

    @DynamicPropertySource
    static void throughTheLink(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(registry, PBX, SERVER, KUNLUN_DID, false);
        // Longer than the outage: the bridge keeps the PBX while it cannot renew its lease.
        registry.add("helpdesk.telephony.ami.lease-ttl", () -> "60s");
        registry.add("helpdesk.redis.host", () -> "127.0.0.1");
        registry.add("helpdesk.redis.port", REDIS::port);
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

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterAll
    static void stopServices() {
        PBX.close();
        REDIS.close();
    }

    @Test
    void popsReachAgentsOnTheSameNodeWhileRedisIsAwayAndCrossNodePushesResumeWhenItIsBack() throws Exception {
        String agent = tokens.of("kunlun-agent");
        assertThat(api.get("/api/me", agent).status()).isEqualTo(200); // signs in: extension 2001
        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        UUID agentId = userIdOf(agent);
        await().atMost(StompTestClient.WAIT).until(() -> PBX.loggedInClients() == 1);

        try (StompTestClient desk = StompTestClient.connect(port, agent)) {
            BlockingQueue<Map<String, Object>> pops = desk.subscribe("/user/queue/pops");
            StompTestClient.awaitReady(pops, () -> pushes.toStaff(kunlun, agentId, "pops", StompTestClient.probe()));
            pops.clear();

            REDIS.cut();
            CallHandle duringOutage = answeredCall();
            List<Map<String, Object>> outagePops = popsUntilEnded(pops, SERVER + ":" + duringOutage.linkedId());
            assertThat(outagePops).extracting(pop -> pop.get("event")).containsExactly("ringing", "answered", "ended");
            assertThat(outagePops.getFirst()).containsEntry("ivr", null);
            awaitLogged(agent, duringOutage.linkedId());

            REDIS.restore();
            // Redis answers publishes again at once, while the subscriber may still pause before reconnecting.
            pushes.toStaff(kunlun, agentId, "pops", Map.of("sentAsRedisReturns", duringOutage.linkedId()));
            assertThat(StompTestClient.next(pops)).containsEntry("sentAsRedisReturns", duringOutage.linkedId());
            // Listening again by itself: another node's push arrives through Redis.
            StompTestClient.awaitReady(pops, () -> publishAsAnotherNode(kunlun, agentId, StompTestClient.probe()));
            pops.clear();
            publishAsAnotherNode(kunlun, agentId, Map.of("fromAnotherNode", "after the outage"));
            assertThat(StompTestClient.next(pops)).containsEntry("fromAnotherNode", "after the outage");

            CallHandle afterOutage = answeredCall();
            List<Map<String, Object>> laterPops = popsUntilEnded(pops, SERVER + ":" + afterOutage.linkedId());
            // Redis delivers in order: once a push sent after the call's has arrived, an echo would have too.
            publishAsAnotherNode(kunlun, agentId, Map.of("fence", true));
            laterPops.addAll(popsUntil(pops, pop -> pop.containsKey("fence"), SERVER + ":" + afterOutage.linkedId()));
            assertThat(laterPops).as("each pop once, with Redis echoing this node's own pushes")
                .extracting(pop -> pop.get("event")).containsExactly("ringing", "answered", "ended");
            awaitLogged(agent, afterOutage.linkedId());
        }
    }

    private CallHandle answeredCall() {
        String caller = "+86135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return PBX.call(InboundCall.to(KUNLUN_DID).from(caller, "").queue("kunlun").withoutIvr()
            .ringing("2001").answeredBy("2001").timing(Timing.fast().withTalk(Duration.ofMillis(300))));
    }

    /** A push as another node sends it, straight on the tenant's Redis channel, past the link. */
    private void publishAsAnotherNode(TenantId tenant, UUID user, Map<String, Object> payload) {
        Map<String, Object> push = new LinkedHashMap<>();
        push.put("tenant", tenant.value());
        push.put("slug", "kunlun");
        push.put("user", user);
        push.put("destination", "/queue/pops");
        push.put("payload", payload);
        push.put("origin", "another-node");
        try (Jedis redis = new Jedis(REDIS_HOST, REDIS_PORT)) {
            redis.publish("helpdesk:push:" + tenant.value(), json.writeValueAsString(push));
        }
    }

    private static List<Map<String, Object>> popsUntilEnded(BlockingQueue<Map<String, Object>> pops, String callId)
            throws InterruptedException {
        return popsUntil(pops, pop -> callId.equals(pop.get("callId")) && "ended".equals(pop.get("event")), callId);
    }

    /** This call's pops, up to and including the message {@code last} matches. */
    private static List<Map<String, Object>> popsUntil(BlockingQueue<Map<String, Object>> pops,
            Predicate<Map<String, Object>> last, String callId) throws InterruptedException {
        List<Map<String, Object>> ofTheCall = new ArrayList<>();
        long deadline = System.nanoTime() + StompTestClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> pop = pops.poll(250, TimeUnit.MILLISECONDS);
            if (pop == null) {
                continue;
            }
            if (callId.equals(pop.get("callId"))) {
                ofTheCall.add(pop);
            }
            if (last.test(pop)) {
                return ofTheCall;
            }
        }
        throw new AssertionError("never came; the call's pops so far: " + ofTheCall);
    }

    private void awaitLogged(String token, String linkedId) {
        await().atMost(StompTestClient.WAIT).until(() -> api.get("/api/calls?limit=50", token).json().valueStream()
            .filter(c -> c.get("linkedId").asString().equals(linkedId))
            .count() == 1);
    }
}
