package com.helpdesk.platform.realtime;

import static com.helpdesk.platform.support.StompTestClient.awaitReady;
import static com.helpdesk.platform.support.StompTestClient.next;
import static com.helpdesk.platform.support.StompTestClient.probe;
import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ClientKillParams;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.HelpdeskApplication;
import com.helpdesk.platform.HelpdeskProperties;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantStore;

/**
 * Pushes published on one node reach agents connected to another through Redis; a node that
 * cannot reach Redis still serves its own agents, and a lost subscription comes back by itself.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossNodePushIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RealtimePushes pushes;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    ApplicationContext nodeA;

    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startSecondNode() throws InterruptedException {
        // A command-line argument: default properties would lose to application.yaml's HELPDESK_PORT default.
        nodeB = new SpringApplicationBuilder(HelpdeskApplication.class).profiles("demo", "test")
            .run("--server.port=0");
        PushSubscriber subscriber = nodeB.getBean(PushSubscriber.class);
        awaitCondition(subscriber::subscribed);
        assertThat(subscriber.subscribed()).as("node B listens on Redis").isTrue();
    }

    @AfterAll
    void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void deliversToAnAgentOnAnotherNode() throws Exception {
        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        UUID agent = userIdOf(tokens.of("kunlun-agent"));
        int portB = Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port"));
        assertThat(portB).isNotEqualTo(port);
        try (StompTestClient client = StompTestClient.connect(portB, tokens.of("kunlun-agent"))) {
            var board = client.subscribe("/topic/tenants/kunlun/board");
            var pops = client.subscribe("/user/queue/pops");
            awaitReady(board, () -> pushes.toTenant(kunlun, "board", probe()));
            awaitReady(pops, () -> pushes.toStaff(kunlun, agent, "pops", probe()));

            pushes.toTenant(kunlun, "board", Map.of("waiting", 3));
            pushes.toStaff(kunlun, agent, "pops", Map.of("caller", "+8613800000009"));

            assertThat(next(board)).containsEntry("waiting", 3);
            assertThat(next(pops)).containsEntry("caller", "+8613800000009");
        }
    }

    @Test
    void deliversItsOwnPushOnceAlthoughRedisEchoesIt() throws Exception {
        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        UUID agent = userIdOf(tokens.of("kunlun-agent"));
        String mark = UUID.randomUUID().toString();
        try (StompTestClient client = StompTestClient.connect(port, tokens.of("kunlun-agent"))) {
            var pops = client.subscribe("/user/queue/pops");
            awaitReady(pops, () -> pushes.toStaff(kunlun, agent, "pops", probe()));

            pushes.toStaff(kunlun, agent, "pops", Map.of("mark", mark));
            // Redis delivers in order: once node B's later push has come through it, an echo would have too.
            nodeB.getBean(RealtimePushes.class).toStaff(kunlun, agent, "pops", Map.of("fence", mark));

            List<Map<String, Object>> received = new ArrayList<>();
            for (Map<String, Object> message = next(pops); message != null; message = next(pops)) {
                received.add(message);
                if (mark.equals(message.get("fence"))) {
                    break;
                }
            }
            assertThat(received).filteredOn(m -> mark.equals(m.get("mark"))).hasSize(1);
            assertThat(received).filteredOn(m -> mark.equals(m.get("fence"))).hasSize(1);
        }
    }

    @Test
    void deliversOnTheOwnNodeWhenRedisIsAway() throws Exception {
        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        try (JedisPooled unreachable = new JedisPooled(new HostAndPort("127.0.0.1", 1),
                DefaultJedisClientConfig.builder().connectionTimeoutMillis(500).socketTimeoutMillis(500).build());
                StompTestClient client = StompTestClient.connect(port, tokens.of("kunlun-agent"))) {
            RealtimePushes withoutRedis = new RealtimePushes(unreachable, nodeABean(JsonMapper.class),
                    nodeABean(PushDelivery.class), nodeABean(TenantStore.class));
            var board = client.subscribe("/topic/tenants/kunlun/board");
            awaitReady(board, () -> withoutRedis.toTenant(kunlun, "board", probe()));

            withoutRedis.toTenant(kunlun, "board", Map.of("waiting", 7));

            assertThat(next(board)).containsEntry("waiting", 7);
        }
    }


    @Test
    void listensAgainAfterRedisDroppedItsConnection() throws Exception {
        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        PushSubscriber subscriber = nodeABean(PushSubscriber.class);
        awaitCondition(subscriber::subscribed);
        long dropped = subscriber.connectionId();
        HelpdeskProperties.Redis redis = nodeABean(HelpdeskProperties.class).redis();
        try (Jedis admin = new Jedis(redis.host(), redis.port())) {
            // Only this node's subscriber connection, by its id: other nodes and tests share this Redis.
            assertThat(admin.clientKill(ClientKillParams.clientKillParams().id(String.valueOf(dropped)))).isOne();
        }
        awaitCondition(() -> subscriber.connectionId() != dropped && subscriber.subscribed());

        // Node A delivers its own pushes without Redis: only another node's push proves the subscription.
        RealtimePushes fromNodeB = nodeB.getBean(RealtimePushes.class);
        try (StompTestClient client = StompTestClient.connect(port, tokens.of("kunlun-agent"))) {
            var board = client.subscribe("/topic/tenants/kunlun/board");
            awaitReady(board, () -> fromNodeB.toTenant(kunlun, "board", probe()));
            fromNodeB.toTenant(kunlun, "board", Map.of("waiting", 11));
            assertThat(next(board)).containsEntry("waiting", 11);
        }
        assertThat(subscriber.connectionId()).isNotEqualTo(dropped);
    }

    private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(StompTestClient.WAIT);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private <T> T nodeABean(Class<T> type) {
        return nodeA.getBean(type);
    }
}
