package com.helpdesk.platform.realtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.HelpdeskProperties;

/**
 * Listens on every tenant's push channel with one pattern subscription on a connection of its own
 * (a subscribed Redis connection can do nothing else) and delivers to this node's sessions.
 * Reconnects by itself with a growing pause while Redis is away.
 */
@Component
class PushSubscriber implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushSubscriber.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final HelpdeskProperties.Redis redis;
    private final JsonMapper json;
    private final PushDelivery local;
    private final AtomicReference<Listener> listener = new AtomicReference<>();
    private volatile Thread thread;
    private volatile boolean running;
    private volatile long connectionId;
    private volatile Jedis connection;

    PushSubscriber(HelpdeskProperties properties, JsonMapper json, PushDelivery local) {
        this.redis = properties.redis();
        this.json = json;
        this.local = local;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("redis-push-subscriber").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Listener current = listener.get();
        if (current != null && current.isSubscribed()) {
            try {
                current.punsubscribe();
            }
            catch (RuntimeException e) {
                log.debug("Unsubscribing from Redis failed; the connection is closed instead", e);
            }
        }
        Thread subscriber = thread;
        if (subscriber == null) {
            return;
        }
        subscriber.interrupt(); // ends a pause before reconnecting
        if (!awaitEnd(subscriber)) {
            Jedis open = connection;
            if (open != null) {
                open.close(); // unblocks a read that the unsubscribe did not end
            }
            awaitEnd(subscriber);
        }
    }

    private static boolean awaitEnd(Thread subscriber) {
        try {
            return subscriber.join(Duration.ofSeconds(2));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while the pattern subscription is in place; tests wait for it before publishing. */
    boolean subscribed() {
        Listener current = listener.get();
        return current != null && current.isSubscribed();
    }

    /** Redis's id of the subscribed connection ({@code CLIENT ID}), for operators and tests. */
    long connectionId() {
        return connectionId;
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            Listener fresh = new Listener();
            try {
                subscribe(fresh);
                pause = FIRST_PAUSE; // returned normally: unsubscribed on purpose
            }
            catch (RuntimeException e) {
                listener.set(null); // a dropped listener still counts its old subscriptions
                if (!running) {
                    break;
                }
                pause = fresh.everSubscribed ? FIRST_PAUSE : pause; // it worked until now: retry soon
                log.warn("Redis push subscription lost; retrying in {}: {}", pause, e.getMessage());
                if (!sleep(pause)) {
                    break;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
        listener.set(null);
    }

    /** Blocks while subscribed. No read timeout: a subscribed connection is silent until a publish. */
    private void subscribe(Listener fresh) {
        try (Jedis jedis = new Jedis(new HostAndPort(redis.host(), redis.port()),
                DefaultJedisClientConfig.builder().connectionTimeoutMillis((int) redis.timeout().toMillis())
                    .socketTimeoutMillis(0).build())) {
            connection = jedis;
            jedis.clientSetname("helpdesk-push-subscriber");
            connectionId = jedis.clientId();
            listener.set(fresh);
            jedis.psubscribe(fresh, Push.CHANNEL_PATTERN);
        }
        finally {
            connection = null;
        }
    }

    private boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return running;
        }
        catch (InterruptedException e) {
            return false;
        }
    }

    void receive(String channel, String message) {
        try {
            Push push = json.readValue(message, Push.class);
            if (!push.consistentWith(channel)) {
                log.warn("Ignored a push on {} that does not match its channel", channel);
                return;
            }
            local.deliverFromRedis(push);
        }
        catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            log.warn("Ignored an unreadable push on {}: {}", channel, e.getMessage());
        }
    }

    private final class Listener extends JedisPubSub {

        private volatile boolean everSubscribed;

        @Override
        public void onPSubscribe(String pattern, int subscribedChannels) {
            everSubscribed = true;
            log.info("Listening for pushes on Redis channels {}", pattern);
        }

        @Override
        public void onPMessage(String pattern, String channel, String message) {
            receive(channel, message);
        }
    }
}
