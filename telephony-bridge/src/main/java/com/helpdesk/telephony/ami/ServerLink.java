package com.helpdesk.telephony.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.Dialer.OriginateOutcome;

/**
 * Everything this node does for one Asterisk server: compete for its lease, hold the AMI link while
 * holding the lease, and track its calls on one thread of their own (in Asterisk's order, off the
 * event pump). Three threads: leasing, the link, tracking.
 */
final class ServerLink {

    private static final Logger log = LoggerFactory.getLogger(ServerLink.class);
    private static final Duration ORIGINATE_RING_TIMEOUT = Duration.ofSeconds(30);
    /** The agent's phone rings for up to 30 s; Asterisk answers a few seconds after that at worst. */
    private static final Duration ORIGINATE_PATIENCE = ORIGINATE_RING_TIMEOUT.plusSeconds(15);

    private final AmiProperties properties;
    private final AmiProperties.Server server;
    private final ServerLease lease;
    private final CallTracker tracker;
    private final ScheduledExecutorService leasing;
    private final ScheduledExecutorService linkThread;
    private final ExecutorService tracking;
    private final AmiLink link;
    private final PendingOriginates originates;
    private final OriginateRelay relay;
    private volatile boolean holding;
    private Instant lastRenewed = Instant.EPOCH;

    /** Whether this server answers the hotline: click-to-call for its tenant goes out through it. */
    boolean serves(String did) {
        return server.dids().contains(did);
    }

    ServerLink(AmiProperties properties, AmiProperties.Server server, UnifiedJedis redis, String nodeId,
            CallListener listener) {
        this.properties = properties;
        this.server = server;
        this.lease = new ServerLease(redis, server.name(), nodeId, properties.leaseTtl());
        this.tracker = new CallTracker(server.name(), new HashSet<>(server.dids()), listener);
        this.leasing = Executors.newSingleThreadScheduledExecutor(daemon("ami-lease-" + server.name()));
        this.linkThread = Executors.newSingleThreadScheduledExecutor(daemon("ami-link-" + server.name()));
        this.tracking = Executors.newSingleThreadExecutor(daemon("ami-calls-" + server.name()));
        this.link = new AmiLink(properties, server, linkThread, this::onEvent);
        this.originates = new PendingOriginates(leasing);
        this.relay = new OriginateRelay(redis, server.name(), leasing);
    }

    void start() {
        leasing.scheduleWithFixedDelay(this::tendLease, 0, properties.leaseRenewal().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Shuts down and releases the lease, so another node takes over at once. */
    void stop() {
        leasing.shutdownNow();
        awaitQuietly(leasing);
        if (holding) {
            loseLease("shutting down");
            try {
                lease.release();
            }
            catch (JedisException e) {
                log.warn("AMI {}: could not release the lease; it expires in {}", server.name(), properties.leaseTtl());
            }
        }
        linkThread.shutdownNow();
        tracking.shutdown();
        awaitQuietly(tracking);
    }

    /** As if the process died: threads stop, the link drops, the lease is left to expire. */
    void abandon() {
        leasing.shutdownNow();
        holding = false;
        link.stop();
        linkThread.shutdownNow();
        tracking.shutdownNow();
    }

    boolean holding() {
        return holding;
    }

    boolean connected() {
        return holding && link.connection() != null;
    }

    String name() {
        return server.name();
    }

    private void tendLease() {
        try {
            if (holding) {
                if (lease.renew()) {
                    lastRenewed = Instant.now();
                }
                else {
                    loseLease("the lease expired or another node took it");
                }
            }
            else if (lease.tryAcquire()) {
                holding = true;
                lastRenewed = Instant.now();
                log.info("AMI {}: this node ({}) holds the connection now", server.name(), lease.nodeId());
                link.start();
                Thread.ofVirtual().name("ami-relay-" + server.name()).start(() -> relay.serve(() -> holding,
                        this::originateHere));
            }
        }
        catch (JedisException e) {
            // A Redis blip must not drop the PBX link; the lease only counts as lost once it must have expired.
            if (holding && Instant.now().isAfter(lastRenewed.plus(properties.leaseTtl()))) {
                loseLease("Redis unreachable for longer than the lease: " + e.getMessage());
            }
        }
    }

    private void loseLease(String reason) {
        log.warn("AMI {}: giving up the connection: {}", server.name(), reason);
        holding = false;
        link.stop();
        originates.failAll("the AMI connection moved away from this node");
        tracking.execute(tracker::forgetAll);
    }

    /** asterisk-java's event pump: translate and queue, nothing more. */
    private void onEvent(ManagerEvent event) {
        if (!holding) {
            return;
        }
        EventTranslator.translate(event).ifPresent(callEvent -> tracking.execute(() -> track(callEvent)));
    }

    private void track(CallEvent event) {
        if (!holding) {
            return;
        }
        if (event instanceof CallEvent.OriginateFinished finished) {
            originates.finished(finished);
        }
        else {
            tracker.accept(event);
        }
    }

    /** Click-to-call: through this node's connection, or through the node that holds the server. */
    CompletableFuture<OriginateOutcome> originate(String extension, String number, Map<String, String> variables) {
        if (!holding) {
            return relay.forward(extension, number, variables, ORIGINATE_PATIENCE);
        }
        return originateHere(extension, number, variables);
    }

    private CompletableFuture<OriginateOutcome> originateHere(String extension, String number,
            Map<String, String> variables) {
        ManagerConnection connection = link.connection();
        if (!holding || connection == null) {
            return CompletableFuture.completedFuture(new OriginateOutcome(false, "",
                    "the AMI connection to " + server.name() + " is down"));
        }
        String actionId = "originate-" + UUID.randomUUID();
        OriginateAction action = OriginateRequests.action(server, actionId, extension, number, variables,
                ORIGINATE_RING_TIMEOUT);
        CompletableFuture<OriginateOutcome> outcome = originates.expect(actionId, ORIGINATE_PATIENCE);
        try {
            connection.sendAction(action, response -> {
                if (response == null || response instanceof ManagerError) {
                    originates.fail(actionId, response == null ? "AMI connection lost" : response.getMessage());
                }
            });
        }
        catch (Exception e) {
            originates.fail(actionId, "could not send Originate: " + e.getMessage());
        }
        return outcome;
    }

    int liveCalls() throws Exception {
        return tracking.submit(tracker::liveCalls).get(5, TimeUnit.SECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return Thread.ofPlatform().name(name).daemon().factory();
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
