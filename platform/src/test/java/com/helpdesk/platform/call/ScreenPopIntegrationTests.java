package com.helpdesk.platform.call;

import static com.helpdesk.platform.support.StompTestClient.next;
import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.telephony.call.AgentAnswer;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.CallRecord;

/**
 * The platform's side of a call, driven through the bridge's port as the AMI tracker drives it:
 * a ring-all queue rings kunlun's two agents (demo extensions 2001 and 2002), one answers, the
 * caller hangs up. The PBX itself is exercised by the telephony tests.
 */
@PlatformIntegrationTest
class ScreenPopIntegrationTests {

    static final String KUNLUN_DID = "+861088886666";
    static final String SERVER = "pbx-test";

    @Autowired
    CallListener calls;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @LocalServerPort
    int port;

    @Autowired
    RealtimePushes pushes;

    @Autowired
    CallLanes lanes;

    @Autowired
    TenantDirectory tenants;

    String agent;
    String agent2;
    String huaxin;

    @BeforeEach
    void agentsHaveSignedInAndGotTheirExtensions() {
        agent = tokens.of("kunlun-agent");
        agent2 = tokens.of("kunlun-agent2");
        huaxin = tokens.of("huaxin-agent");
        for (String token : List.of(agent, agent2, huaxin)) {
            assertThat(api.get("/api/me", token).status()).isEqualTo(200);
        }
    }

    @Test
    void bothRungAgentsGetTheArchiveAndLearnWhoAnswered() throws Exception {
        String mobile = "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String customer = api.post("/api/customers", agent, """
                {"kind": "person", "category": "general", "name": "钱先生", "phones": [{"number": "%s"}],
                 "addresses": [{"regionCode": "110105"}]}""".formatted(mobile)).json().get("id").asString();
        String linkedId = linkedId();
        Instant start = Instant.now();

        try (StompTestClient first = StompTestClient.connect(port, agent);
                StompTestClient second = StompTestClient.connect(port, agent2);
                StompTestClient other = StompTestClient.connect(port, huaxin)) {
            BlockingQueue<Map<String, Object>> firstPops = first.subscribe("/user/queue/pops");
            BlockingQueue<Map<String, Object>> secondPops = second.subscribe("/user/queue/pops");
            BlockingQueue<Map<String, Object>> otherPops = other.subscribe("/user/queue/pops");
            ready(firstPops, "kunlun", agent);
            ready(secondPops, "kunlun", agent2);
            ready(otherPops, "huaxin", huaxin);

            calls.agentRinging(new AgentRing(SERVER, linkedId, KUNLUN_DID, mobile.substring(3), "2001", "support", start));
            calls.agentRinging(new AgentRing(SERVER, linkedId, KUNLUN_DID, mobile.substring(3), "2002", "support", start));

            Map<String, Object> ringing = nextFor(firstPops, linkedId);
            assertThat(ringing).containsEntry("event", "ringing").containsEntry("knownCaller", true)
                .containsEntry("caller", mobile);
            assertThat(((Map<?, ?>) ((Map<?, ?>) ringing.get("archive")).get("customer")).get("id")).isEqualTo(customer);
            assertThat(nextFor(secondPops, linkedId)).containsEntry("event", "ringing");

            calls.agentAnswered(new AgentAnswer(SERVER, linkedId, KUNLUN_DID, mobile, "2002", start.plusSeconds(5)));
            Map<String, Object> toFirst = nextFor(firstPops, linkedId);
            Map<String, Object> toSecond = nextFor(secondPops, linkedId);
            assertThat(toFirst).containsEntry("event", "answered").containsEntry("answeredByYou", false);
            assertThat(toFirst.get("answeredBy")).isNotNull();
            assertThat(toSecond).containsEntry("event", "answered").containsEntry("answeredByYou", true);

            CallRecord ended = record(linkedId, mobile.substring(3), start, "2002");
            calls.callEnded(ended);
            assertThat(nextFor(firstPops, linkedId)).containsEntry("event", "ended");
            assertThat(otherPops.poll(1, TimeUnit.SECONDS)).as("huaxin's agent is never popped").isNull();
        }

        JsonNode logged = onlyCallOf(customer);
        assertThat(logged.get("disposition").asString()).isEqualTo("answered");
        assertThat(logged.get("answeredBy").asString()).isEqualTo("2002");
        assertThat(logged.get("agentId").asString()).isEqualTo(userIdOf(agent2).toString());
        assertThat(Duration.parse(logged.get("talkTime").asString())).isEqualTo(Duration.ofSeconds(55));
        assertThat(Duration.parse(logged.get("queueWait").asString())).isEqualTo(Duration.ofSeconds(3));
        JsonNode archive = api.get("/api/customers/" + customer + "/archive", agent).json();
        assertThat(archive.get("recentCalls").get(0).get("linkedId").asString()).isEqualTo(linkedId);
        assertThat(api.get("/api/calls/" + logged.get("id").asString(), huaxin).status()).isEqualTo(404);
        assertThat(api.get("/api/calls?customer=" + customer, huaxin).json()).isEmpty();
    }

    @Test
    void anUnknownNumberPopsANewCallerCardAndAReplayedEndIsLoggedOnce() throws Exception {
        String linkedId = linkedId();
        Instant start = Instant.now();
        try (StompTestClient first = StompTestClient.connect(port, agent)) {
            BlockingQueue<Map<String, Object>> pops = first.subscribe("/user/queue/pops");
            ready(pops, "kunlun", agent);
            calls.agentRinging(new AgentRing(SERVER, linkedId, KUNLUN_DID, "13700000000", "2001", "support", start));

            Map<String, Object> card = nextFor(pops, linkedId);
            assertThat(card).containsEntry("knownCaller", false).containsEntry("caller", "+8613700000000");
            assertThat(card.get("archive")).isNull();
        }
        CallRecord ended = record(linkedId, "13700000000", start, "2001");
        calls.callEnded(ended);
        calls.callEnded(ended);
        lanes.awaitIdle(StompTestClient.WAIT);

        List<JsonNode> logged = api.get("/api/calls?limit=200", agent).json().valueStream()
            .filter(c -> c.get("linkedId").asString().equals(linkedId)).toList();
        assertThat(logged).hasSize(1);
    }

    @Test
    void callsToUnknownNumbersOrExtensionsNeitherPopNorBreak() throws Exception {
        String linkedId = linkedId();
        calls.agentRinging(new AgentRing(SERVER, linkedId, "+861000000000", "13700000000", "2001", "", Instant.now()));
        calls.agentRinging(new AgentRing(SERVER, linkedId(), KUNLUN_DID, "13700000000", "9999", "", Instant.now()));
        calls.callEnded(record(linkedId, "+861000000000", "13700000000", Instant.now(), ""));
        lanes.awaitIdle(StompTestClient.WAIT);

        assertThat(api.get("/api/calls?limit=200", agent).json().valueStream()
            .filter(c -> c.get("linkedId").asString().equals(linkedId))).isEmpty();
    }

    private void ready(BlockingQueue<Map<String, Object>> queue, String slug, String token)
            throws InterruptedException {
        StompTestClient.awaitReady(queue, () -> pushes.toStaff(tenants.findBySlug(slug).orElseThrow().id(),
                userIdOf(token), "pops", StompTestClient.probe()));
        queue.clear(); // later probes are not pops
    }

    private JsonNode onlyCallOf(String customer) {
        JsonNode list = api.get("/api/calls?customer=" + customer, agent).json();
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static CallRecord record(String linkedId, String callerId, Instant start, String answeredBy) {
        return record(linkedId, KUNLUN_DID, callerId, start, answeredBy);
    }

    private static CallRecord record(String linkedId, String did, String callerId, Instant start, String answeredBy) {
        boolean answered = !answeredBy.isEmpty();
        return new CallRecord(SERVER, linkedId, CallRecord.Direction.INBOUND, did, callerId, "", start,
                start.plusSeconds(2), answered ? start.plusSeconds(5) : null, start.plusSeconds(60), "support",
                List.of("2001", "2002"), answeredBy, "", "Normal Clearing",
                answered ? CallRecord.Disposition.ANSWERED : CallRecord.Disposition.ABANDONED, "", List.of(),
                List.of(new CallRecord.Leg("PJSIP/trunk-00000001", linkedId, start, start, start.plusSeconds(60),
                        "Normal Clearing")));
    }

    private static String linkedId() {
        return "1700000000." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> nextFor(BlockingQueue<Map<String, Object>> queue, String linkedId)
            throws InterruptedException {
        while (true) {
            Map<String, Object> pop = next(queue);
            if ((SERVER + ":" + linkedId).equals(pop.get("callId"))) {
                return pop;
            }
        }
    }
}
