package com.helpdesk.platform.realtime;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;

/**
 * Pushes to agents' browsers, whichever node their WebSocket is on: this node delivers the push to
 * its own sessions at once, and publishes it on the tenant's Redis channel for the other nodes (which
 * deliver it to theirs; this node skips its own echo). When Redis cannot be reached, this node's
 * agents still get every push, and the caller is not disturbed; only agents on other nodes miss it.
 */
@Component
public class RealtimePushes {

    private static final Logger log = LoggerFactory.getLogger(RealtimePushes.class);

    private final JedisPooled redis;
    private final JsonMapper json;
    private final PushDelivery local;
    private final TenantStore tenants;
    /** Slugs never change once a tenant exists, so they are kept for good. */
    private final Map<TenantId, String> slugs = new ConcurrentHashMap<>();

    RealtimePushes(JedisPooled redis, JsonMapper json, PushDelivery local, TenantStore tenants) {
        this.redis = redis;
        this.json = json;
        this.local = local;
        this.tenants = tenants;
    }

    /**
     * Sends {@code payload} as JSON to everyone of {@code tenant} subscribed to
     * {@code /topic/tenants/{slug}/{topic}}; {@code topic} is one segment of lower-case letters,
     * digits and dashes (e.g. {@code tickets}, {@code board}).
     */
    public void toTenant(TenantId tenant, String topic, Object payload) {
        String slug = slugOf(tenant);
        publish(new Push(tenant.value(), slug, null, Destinations.tenantTopic(slug, topic), json.valueToTree(payload),
                local.node()));
    }

    /**
     * Sends {@code payload} as JSON to the sessions of one staff member of {@code tenant}, which
     * subscribe to {@code /user/queue/{queue}} (e.g. {@code pops}, {@code tickets}).
     */
    public void toStaff(TenantId tenant, UUID userId, String queue, Object payload) {
        publish(new Push(tenant.value(), slugOf(tenant), userId, Destinations.staffQueue(queue),
                json.valueToTree(payload), local.node()));
    }

    /**
     * Local first: waiting for Redis to echo the push back would lose it while this node's
     * subscription is away (Redis down, or up again while the subscriber still pauses before it
     * reconnects), and deliver it twice if a publish that timed out had reached Redis after all.
     */
    private void publish(Push push) {
        local.deliver(push);
        try {
            redis.publish(push.channel(), json.writeValueAsString(push));
        }
        catch (JedisException e) {
            log.warn("Redis refused push to {} of tenant {}; agents on other nodes miss it: {}", push.destination(),
                    push.tenant(), e.getMessage());
        }
    }

    private String slugOf(TenantId tenant) {
        return slugs.computeIfAbsent(tenant, id -> tenants.find(id).map(TenantProfile::slug)
            .orElseThrow(() -> new IllegalArgumentException("No tenant " + id)));
    }
}
