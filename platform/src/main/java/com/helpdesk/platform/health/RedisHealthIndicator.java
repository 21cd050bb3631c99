package com.helpdesk.platform.health;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import redis.clients.jedis.JedisPooled;

/** Redis carries WebSocket fan-out, presence and locks: without it, pops stay on one node. */
@Component
class RedisHealthIndicator extends AbstractHealthIndicator {

    private final JedisPooled redis;

    RedisHealthIndicator(JedisPooled redis) {
        super("Redis is not reachable");
        this.redis = redis;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String answer = redis.ping();
        builder.status("PONG".equals(answer) ? "UP" : "DOWN").withDetail("ping", answer);
    }
}
