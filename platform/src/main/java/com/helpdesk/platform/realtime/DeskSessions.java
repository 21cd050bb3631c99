package com.helpdesk.platform.realtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Who has the desk open: the staff members with a live STOMP session on any node. Each node knows
 * only its own sessions, so each writes them to a Redis sorted set per tenant, scored with an expiry
 * it pushes forward every {@link #REFRESH_EVERY}; readers drop expired entries. A node that dies
 * without saying goodbye thus stops counting within {@link #EXPIRE_AFTER}, and no node has to
 * know the others. A change of a member's presence is published as {@link DeskPresenceChanged}.
 */
@Component
@EnableScheduling
public class DeskSessions {

    /** How often a node pushes its sessions' expiry forward; well inside {@link #EXPIRE_AFTER}. */
    static final String REFRESH_EVERY = "PT20S";
    static final Duration EXPIRE_AFTER = Duration.ofSeconds(60);
    private static final String PREFIX = "helpdesk:desk-sessions:";
    private static final Logger log = LoggerFactory.getLogger(DeskSessions.class);

    private final JedisPooled redis;
    private final ApplicationEventPublisher events;
    /**
     * The machine's clock, not the application's: expiry scores are compared across nodes, like
     * Redis's own TTLs, and must not move with a clock a test or a replay has shifted.
     */
    private final Clock clock = Clock.systemUTC();
    /** This node's name in the set's members: session ids are only unique per node. */
    private final String node = UUID.randomUUID().toString();
    private final Map<String, Local> local = new ConcurrentHashMap<>();

    DeskSessions(JedisPooled redis, ApplicationEventPublisher events) {
        this.redis = redis;
        this.events = events;
    }

    /** Members of the tenant with the desk open, each with when their earliest live session began. */
    public Map<UUID, Instant> signedIn(TenantId tenant) {
        String key = key(tenant);
        long now = clock.millis();
        try {
            redis.zremrangeByScore(key, Double.NEGATIVE_INFINITY, now);
            Map<UUID, Instant> since = new HashMap<>();
            for (String member : redis.zrangeByScore(key, now, Double.POSITIVE_INFINITY)) {
                Entry entry = Entry.parse(member);
                if (entry != null) {
                    since.merge(entry.user(), entry.since(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            return since;
        }
        catch (JedisException e) {
            log.warn("Redis did not answer who has the desk open in {}; counting this node's sessions only: {}",
                    tenant, e.getMessage());
            Map<UUID, Instant> since = new HashMap<>();
            local.values().stream().filter(s -> s.tenant().equals(tenant))
                .forEach(s -> since.merge(s.user(), s.since(), (a, b) -> a.isBefore(b) ? a : b));
            return since;
        }
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        if (!(event.getUser() instanceof StompStaff staff)) {
            return;
        }
        String session = (String) event.getMessage().getHeaders().get("simpSessionId");
        if (session == null) {
            return;
        }
        Local opened = new Local(staff.tenant(), staff.userId(), clock.instant(), session);
        boolean first = !signedIn(staff.tenant()).containsKey(staff.userId());
        local.put(session, opened);
        write(List.of(opened));
        if (first) {
            events.publishEvent(new DeskPresenceChanged(staff.tenant(), staff.userId(), true, opened.since()));
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        Local closed = local.remove(event.getSessionId());
        if (closed == null) {
            return;
        }
        try {
            redis.zrem(key(closed.tenant()), closed.member(node));
        }
        catch (JedisException e) {
            log.warn("Redis did not take the end of a desk session; it expires by itself: {}", e.getMessage());
        }
        if (!signedIn(closed.tenant()).containsKey(closed.user())) {
            events.publishEvent(new DeskPresenceChanged(closed.tenant(), closed.user(), false, clock.instant()));
        }
    }

    @Scheduled(fixedDelayString = REFRESH_EVERY)
    void refresh() {
        write(List.copyOf(local.values()));
    }

    private void write(List<Local> sessions) {
        double expiry = clock.millis() + EXPIRE_AFTER.toMillis();
        try {
            for (Local session : sessions) {
                redis.zadd(key(session.tenant()), expiry, session.member(node));
            }
        }
        catch (JedisException e) {
            log.warn("Redis did not take this node's desk sessions: {}", e.getMessage());
        }
    }

    private static String key(TenantId tenant) {
        return PREFIX + tenant.value();
    }

    /** A session of this node. */
    private record Local(TenantId tenant, UUID user, Instant since, String session) {

        String member(String node) {
            return user + "/" + since.toEpochMilli() + "/" + node + "/" + session;
        }
    }

    /** A member of the sorted set, read back. */
    private record Entry(UUID user, Instant since) {

        static Entry parse(String member) {
            String[] parts = member.split("/", 3);
            try {
                return new Entry(UUID.fromString(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])));
            }
            catch (RuntimeException e) {
                return null; // not written by this version: ignore rather than fail the board
            }
        }
    }
}
