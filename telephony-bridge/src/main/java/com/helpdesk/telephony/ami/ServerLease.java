package com.helpdesk.telephony.ami;

import java.time.Duration;
import java.util.List;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The Redis lock naming the one node that holds an Asterisk server's AMI connection:
 * {@code SET key node NX PX ttl} to take it, and Lua scripts that extend or delete it only while
 * it still names this node, so a node that lost it (paused, partitioned) cannot release or extend
 * the new holder's lock.
 */
final class ServerLease {

    private static final String RENEW = """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('pexpire', KEYS[1], ARGV[2])
            end
            return 0""";

    private static final String RELEASE = """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0""";

    private final UnifiedJedis redis;
    private final String key;
    private final String nodeId;
    private final Duration ttl;

    ServerLease(UnifiedJedis redis, String server, String nodeId, Duration ttl) {
        this.redis = redis;
        this.key = "helpdesk:telephony:ami-holder:" + server;
        this.nodeId = nodeId;
        this.ttl = ttl;
    }

    /** Takes the lock if nobody holds it. */
    boolean tryAcquire() {
        return "OK".equals(redis.set(key, nodeId, SetParams.setParams().nx().px(ttl.toMillis())));
    }

    /** Extends the lock; false if it expired or another node holds it now. */
    boolean renew() {
        Object result = redis.eval(RENEW, List.of(key), List.of(nodeId, String.valueOf(ttl.toMillis())));
        return Long.valueOf(1).equals(result);
    }

    void release() {
        redis.eval(RELEASE, List.of(key), List.of(nodeId));
    }

    /** The node holding the lock, or null. */
    String holder() {
        return redis.get(key);
    }

    String nodeId() {
        return nodeId;
    }
}
