package com.helpdesk.platform.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Keeps each IVR session's summary in Redis under the call's Linkedid, where whichever node pops
 * the call to an agent (or logs it) finds it, for a day: long enough for the longest queue wait
 * and the call log's write at the end of the call, short enough not to pile up.
 */
@Component
class RedisIvrSessions implements IvrSessions {

    static final Duration KEEP = Duration.ofHours(24);
    private static final String PREFIX = "helpdesk:ivr-session:";
    private static final Logger log = LoggerFactory.getLogger(RedisIvrSessions.class);

    private final JedisPooled redis;
    private final JsonMapper json;

    RedisIvrSessions(JedisPooled redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void store(IvrSummary summary) {
        redis.setex(PREFIX + summary.linkedId(), KEEP.toSeconds(), json.writeValueAsString(Stored.of(summary)));
    }

    /**
     * The key has no tenant, since readers know only the Linkedid; the summary carries its tenant
     * and readers compare it with the call's own (the screen pop does). With Redis away the answer is
     * empty: the agent's pop then shows the caller without the IVR steps, rather than no pop at all.
     */
    @Override
    public Optional<IvrSummary> find(String linkedId) {
        String value;
        try {
            value = redis.get(PREFIX + linkedId);
        }
        catch (JedisException e) {
            log.warn("IVR session of call {} unreadable, Redis unreachable: {}", linkedId, e.getMessage());
            return Optional.empty();
        }
        return value == null ? Optional.empty() : Optional.of(json.readValue(value, Stored.class).summary());
    }

    /** The stored form: plain fields, so that what Redis holds does not change with the records' shapes. */
    record Stored(UUID tenant, String linkedId, List<String> path, String language, UUID customerId,
            String keyedNumber, String keyedSerial, UUID ticketId, Long ticketNumber, UUID complaintId, String outcome,
            Instant startedAt, Instant endedAt) {

        static Stored of(IvrSummary s) {
            return new Stored(s.tenant().value(), s.linkedId(), s.path(), s.language(), s.customerId(),
                    s.keyedNumber(), s.keyedSerial(), s.ticketId(), s.ticketNumber(), s.complaintId(), s.outcome(),
                    s.startedAt(), s.endedAt());
        }

        IvrSummary summary() {
            return new IvrSummary(new TenantId(tenant), linkedId, path, language, customerId, keyedNumber,
                    keyedSerial, ticketId, ticketNumber, complaintId, outcome, startedAt, endedAt);
        }
    }
}
