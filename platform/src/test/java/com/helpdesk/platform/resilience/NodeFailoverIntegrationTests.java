package com.helpdesk.platform.resilience;

import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

import com.helpdesk.pbxsim.PbxSimulator;
import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.platform.HelpdeskApplication;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.FaultyLink;
import com.helpdesk.platform.support.ForwardClock;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.SimulatedPbx;
import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Node A, which holds the PBX's AMI connection and has an escalation in hand, dies; node B (a
 * second application context on the same PostgreSQL and Redis) carries on. What is lost: nothing.
 * B takes over the AMI lease within seconds of A's death (A cannot release it: it expires) and the
 * next call pops on the agent's desk on B; the escalation A was firing when it died is fired by B,
 * each of its alarms exactly once.
 *
 * <p>This test's own context is node A. It reaches PostgreSQL, Redis and the PBX only through
 * {@link FaultyLink}s, and dies by having all three cut at once, as when its host goes down: its
 * connections close, its lease and its heartbeats stop. The moment of death inside an alarm's run
 * cannot be timed from outside, so A's escalation is left in the queue as a node leaves it when it
 * dies mid-run: picked by A, heartbeat stopped. Both nodes share one {@link ForwardClock}, which
 * makes the escalation due. The bridge-level takeover ({@code AmiFailoverIntegrationTests}) and
 * two schedulers on one database ({@code EscalationAcrossNodesIntegrationTests}) are tested
 * on their own; this is the two together, across whole nodes.
 */
@PlatformIntegrationTest
@Import(ForwardClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The links die with this class and its clock runs ahead: no later class may get this context from the cache.
@DirtiesContext
class NodeFailoverIntegrationTests {

    static final String KUNLUN_DID = "+861088886666";
    static final String SERVER = SimulatedPbx.serverName("failover");
    static final String LEASE = "helpdesk:telephony:ami-holder:" + SERVER;
    static final PbxSimulator PBX = SimulatedPbx.start();
    static final String DB_HOST = env("HELPDESK_DB_HOST", "127.0.0.1");
    static final int DB_PORT = Integer.parseInt(env("HELPDESK_DB_PORT", "5432"));
    static final String REDIS_HOST = env("HELPDESK_REDIS_HOST", "127.0.0.1");
    static final int REDIS_PORT = Integer.parseInt(env("HELPDESK_REDIS_PORT", "6379"));
    static final FaultyLink POSTGRES_A = FaultyLink.to("PostgreSQL", DB_HOST, DB_PORT);
    static final FaultyLink REDIS_A = FaultyLink.to("Redis", REDIS_HOST, REDIS_PORT);
    static final FaultyLink AMI_A = FaultyLink.to("AMI", "127.0.0.1", PBX.port());
    static final List<String> ALL_FOUR = List.of("clock-warning first-response", "clock-breached first-response",
            "clock-warning escalation", "escalated escalation");
    static final Set<String> ALARM_TYPES = Set.of("clock-warning", "clock-breached", "escalated");

    /** Node A's settings; node B gets the same, with direct connections. */
    @DynamicPropertySource
    static void nodeA(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(registry, PBX, SERVER, KUNLUN_DID, false);
        registry.add("helpdesk.telephony.ami.servers[0].port", AMI_A::port);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + POSTGRES_A.port() + "/" + database());
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("helpdesk.redis.host", () -> "127.0.0.1");
        registry.add("helpdesk.redis.port", REDIS_A::port);
        registry.add("helpdesk.sla.heartbeat-interval", () -> "1s");
    }

    @Autowired
    Api apiA;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    ForwardClock clock;

    private ConfigurableApplicationContext nodeB;

    /** Node A's context is closed after this (it is dirty), against closed ports: refused at once. */
    @AfterAll
    void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        PBX.close();
        for (FaultyLink link : List.of(POSTGRES_A, REDIS_A, AMI_A)) {
            link.close();
        }
    }

    @Test
    void aSecondNodeTakesOverTheHotlineAndTheEscalationOfANodeThatDied() throws Exception {
        String agent = tokens.of("kunlun-agent");
        String huaxinAgent = tokens.of("huaxin-agent");
        assertThat(apiA.get("/api/me", agent).status()).isEqualTo(200); // signs in: extension 2001
        TenantId huaxin = tenants.findBySlug("huaxin").orElseThrow().id();
        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        Api.Reply opened = apiA.post("/api/tickets", huaxinAgent, """
                {"channel": "web", "severity": 2, "caller": {"name": "李工"},
                 "problem": "核心交换机端口闪断 core switch ports flapping"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String ticket = opened.json().get("ticket").get("id").asString();
        Instant escalationDue = Instant.parse(opened.json().get("clocks").valueStream()
            .filter(c -> c.get("kind").asString().equals("escalation")).findFirst().orElseThrow()
            .get("dueAt").asString());
        await().atMost(StompTestClient.WAIT).until(() -> PBX.loggedInClients() == 1 && leaseHolder() != null);
        String holderA = leaseHolder();

        nodeB = startNodeB();
        Api apiB = Api.onPort(port(nodeB));
        assertThat(leaseHolder()).as("B waits while A holds the PBX").isEqualTo(holderA);
        assertThat(PBX.loggedInClients()).isOne();

        try (StompTestClient desk = StompTestClient.connect(port(nodeB), agent)) {
            BlockingQueue<Map<String, Object>> pops = desk.subscribe("/user/queue/pops");
            RealtimePushes pushesB = nodeB.getBean(RealtimePushes.class);
            StompTestClient.awaitReady(pops,
                    () -> pushesB.toStaff(kunlun, userIdOf(agent), "pops", StompTestClient.probe()));
            pops.clear();

            // A dies.
            POSTGRES_A.cut();
            REDIS_A.cut();
            AMI_A.cut();
            String deadNode = "node-a-" + holderA;
            leaveEscalationPickedBy(nodeB.getBean(JdbcClient.class), huaxin, ticket, deadNode);
            clock.passTo(escalationDue);

            await().atMost(Duration.ofSeconds(20))
                .until(() -> leaseHolder() != null && !holderA.equals(leaseHolder()) && PBX.loggedInClients() == 1);
            CallHandle call = PBX.call(InboundCall.to(KUNLUN_DID)
                .from("+86135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), "")
                .queue("kunlun").withoutIvr().ringing("2001").answeredBy("2001")
                .timing(Timing.fast().withTalk(Duration.ofMillis(300))));
            assertThat(StompTestClient.next(pops)).as("the next call pops on B")
                .containsEntry("event", "ringing").containsEntry("callId", SERVER + ":" + call.linkedId());

            await().atMost(Duration.ofSeconds(60)).until(() -> alarms(apiB, huaxinAgent, ticket)
                .contains("escalated escalation") && settled(nodeB.getBean(JdbcClient.class), huaxin, ticket, deadNode));
            assertThat(alarms(apiB, huaxinAgent, ticket)).as("each alarm of the escalation once")
                .containsExactlyElementsOf(ALL_FOUR);
            JsonNode escalated = apiB.get("/api/tickets/" + ticket, huaxinAgent).json().get("ticket");
            assertThat(escalated.get("escalationTier").asString()).isEqualTo("second-line");
        }
    }

    /** B as a second process would be: its own context, straight connections, A's clock. */
    private ConfigurableApplicationContext startNodeB() {
        return new SpringApplicationBuilder(HelpdeskApplication.class).profiles("demo", "test")
            .initializers(context -> ((GenericApplicationContext) context).registerBean("forwardClock",
                    ForwardClock.class, () -> clock, definition -> definition.setPrimary(true)))
            // Command-line arguments: default properties would lose to application.yaml's defaults.
            .run("--server.port=0", "--helpdesk.sla.heartbeat-interval=1s",
                    "--helpdesk.telephony.ami.enabled=true", "--helpdesk.telephony.ami.lease-ttl=3s",
                    "--helpdesk.telephony.ami.servers[0].name=" + SERVER,
                    "--helpdesk.telephony.ami.servers[0].host=127.0.0.1",
                    "--helpdesk.telephony.ami.servers[0].port=" + PBX.port(),
                    "--helpdesk.telephony.ami.servers[0].username=" + SimulatedPbx.USERNAME,
                    "--helpdesk.telephony.ami.servers[0].secret=" + SimulatedPbx.SECRET,
                    "--helpdesk.telephony.ami.servers[0].dids[0]=" + KUNLUN_DID);
    }

    /** The ticket's alarm row as A left it dying in the middle of its run: picked, heartbeat stopped. */
    private static void leaveEscalationPickedBy(JdbcClient jdbc, TenantId tenant, String ticket, String node) {
        int rows = jdbc.sql("""
                update scheduled_tasks set picked = true, picked_by = :node, last_heartbeat = now(), version = version + 1
                 where task_name = 'sla-alarm' and task_instance = :instance""")
            .param("node", node)
            .param("instance", tenant.value() + ":" + ticket)
            .update();
        assertThat(rows).as("the ticket's alarm is queued").isOne();
    }

    /** Fired and put back in the queue for its next alarm, no longer A's. */
    private static boolean settled(JdbcClient jdbc, TenantId tenant, String ticket, String deadNode) {
        return jdbc.sql("""
                select count(*) from scheduled_tasks
                 where task_name = 'sla-alarm' and task_instance = :instance
                   and not picked and coalesce(picked_by, '') <> :node""")
            .param("instance", tenant.value() + ":" + ticket)
            .param("node", deadNode)
            .query(Integer.class)
            .single() == 1;
    }

    private static List<String> alarms(Api api, String token, String ticket) {
        return api.get("/api/tickets/" + ticket + "/history", token).json().valueStream()
            .filter(e -> ALARM_TYPES.contains(e.get("type").asString()))
            .map(e -> e.get("type").asString() + " " + e.get("data").get("clock").asString())
            .toList();
    }

    private static String leaseHolder() {
        try (Jedis redis = new Jedis(REDIS_HOST, REDIS_PORT)) {
            return redis.get(LEASE);
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String database() {
        return env("HELPDESK_TEST_DB_NAME", "helpdesk_test");
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
