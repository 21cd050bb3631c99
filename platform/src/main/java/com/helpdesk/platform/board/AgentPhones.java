package com.helpdesk.platform.board;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import redis.clients.jedis.JedisPooled;

import com.helpdesk.platform.call.AgentPhoneChanged;
import com.helpdesk.tenantadmin.TenantId;

/**
 * What each agent's desk phone is doing, per tenant, in Redis (a hash per tenant, one field per
 * agent). Why Redis and not the node's memory, as the screen pops keep their live calls: the call
 * events are heard on one node only (the holder of the AMI connection to that Asterisk), but the
 * board asks any node, and the AMI connection moves to another node when its holder dies. The IVR
 * sessions are shared the same way ({@code RedisIvrSessions}).
 *
 * <p>Each change is one Lua script, so the events of two calls of the same agent (handled on
 * different lanes) cannot undo each other: a call's end releases the agent only from that call,
 * and a ring never hides a call the agent is talking on.
 */
@Component
class AgentPhones {

    /** A state not changed for this long is taken for a lost end of call (as the screen pops forget calls). */
    static final Duration FORGET_AFTER = Duration.ofHours(4);
    private static final String PREFIX = "helpdesk:agent-phones:";
    private static final long KEEP_SECONDS = Duration.ofDays(1).toSeconds();

    /**
     * KEYS[1] the tenant's hash; ARGV: agent, new state (ringing, talking, idle), call id, since
     * (epoch ms), key expiry (s). Returns 1 when the agent's state changed.
     */
    private static final String CHANGE = """
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            local state, call = nil, nil
            if current then state, call = string.match(current, '^(%a+)|([^|]*)|') end
            if ARGV[2] == 'idle' and (call ~= ARGV[3] or state == 'idle') then return 0 end
            if ARGV[2] == 'ringing' and state == 'talking' and call ~= ARGV[3] then return 0 end
            if ARGV[2] == 'ringing' and state == 'ringing' and call == ARGV[3] then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[4])
            redis.call('EXPIRE', KEYS[1], ARGV[5])
            return 1
            """;

    private final JedisPooled redis;

    AgentPhones(JedisPooled redis) {
        this.redis = redis;
    }

    /** Applies the change; true if the agent's phone state is now different. */
    boolean apply(AgentPhoneChanged change) {
        String state = switch (change.phone()) {
            case RINGING -> "ringing";
            case TALKING -> "talking";
            case RELEASED -> "idle";
        };
        String callId = change.callId().replace("|", "/");
        Object changed = redis.eval(CHANGE, List.of(key(change.tenant())), List.of(change.agent().userId().toString(),
                state, callId, Long.toString(change.at().toEpochMilli()), Long.toString(KEEP_SECONDS)));
        return Long.valueOf(1).equals(changed);
    }

    /** Every agent of the tenant whose phone was heard of, by user id. */
    Map<UUID, PhoneState> all(TenantId tenant, Instant now) {
        Map<UUID, PhoneState> states = new HashMap<>();
        redis.hgetAll(key(tenant)).forEach((user, value) -> parse(value, now)
            .ifPresent(state -> states.put(UUID.fromString(user), state)));
        return states;
    }

    /** One agent's phone, if it was heard of. */
    Optional<PhoneState> of(TenantId tenant, UUID user, Instant now) {
        return Optional.ofNullable(redis.hget(key(tenant), user.toString())).flatMap(v -> parse(v, now));
    }

    private static Optional<PhoneState> parse(String value, Instant now) {
        String[] parts = value.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Instant since = Instant.ofEpochMilli(Long.parseLong(parts[2]));
        boolean lost = !parts[0].equals("idle") && since.plus(FORGET_AFTER).isBefore(now);
        return Optional.of(lost ? new PhoneState("idle", null, since.plus(FORGET_AFTER))
                : new PhoneState(parts[0], parts[1].isEmpty() ? null : parts[1], since));
    }

    private static String key(TenantId tenant) {
        return PREFIX + tenant.value();
    }

    /**
     * @param state  ringing, talking or idle
     * @param callId the call it rings or talks on; for idle, the last call
     */
    record PhoneState(String state, String callId, Instant since) {
    }
}
