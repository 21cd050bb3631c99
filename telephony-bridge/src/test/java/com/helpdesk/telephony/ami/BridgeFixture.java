package com.helpdesk.telephony.ami;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import redis.clients.jedis.JedisPooled;

import com.helpdesk.pbxsim.PbxSimulator;

/**
 * A simulated Asterisk on a free port, the real Redis of the project's launcher, and bridge nodes
 * with short timings (1 s keepalive, 2 s lease) so that faults resolve within seconds. Each fixture
 * uses its own server name, hence its own lease key.
 */
final class BridgeFixture implements AutoCloseable {

    static final String DID = "+861088886666";
    static final String USER = "helpdesk";
    static final String SECRET = "helpdesk-ami-test";

    final PbxSimulator pbx;
    final JedisPooled redis;
    final String serverName = "pbx-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<AmiBridge> nodes = new ArrayList<>();

    BridgeFixture() throws IOException {
        pbx = PbxSimulator.start(0, USER, SECRET);
        redis = new JedisPooled(System.getProperty("helpdesk.test.redis-host", "127.0.0.1"),
                Integer.getInteger("helpdesk.test.redis-port", 6379));
    }

    AmiProperties properties(String nodeId) {
        AmiProperties.Server server = new AmiProperties.Server(serverName, "127.0.0.1", pbx.port(), USER, SECRET,
                List.of(DID), "click-to-call", "PJSIP/{extension}");
        return new AmiProperties(true, nodeId, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(100),
                Duration.ofSeconds(1), Duration.ofSeconds(2), List.of(server));
    }

    /** A started bridge node reporting to {@code listener}. */
    AmiBridge node(String nodeId, RecordingCallListener listener) {
        AmiBridge node = new AmiBridge(properties(nodeId), redis, listener);
        nodes.add(node);
        node.start();
        return node;
    }

    /** A started node, once it holds the server and is logged in. */
    AmiBridge connectedNode(RecordingCallListener listener) {
        AmiBridge node = node("node-" + UUID.randomUUID(), listener);
        await().atMost(Duration.ofSeconds(10)).until(() -> link(node).connected());
        return node;
    }

    ServerLink link(AmiBridge node) {
        return node.link(serverName).orElseThrow();
    }

    @Override
    public void close() {
        nodes.forEach(node -> {
            if (node.isRunning()) {
                node.stop();
            }
        });
        pbx.close();
        redis.del("helpdesk:telephony:ami-holder:" + serverName, "helpdesk:telephony:originate:" + serverName);
        redis.close();
    }
}
