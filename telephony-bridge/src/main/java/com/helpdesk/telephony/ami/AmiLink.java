package com.helpdesk.telephony.ami;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Asterisk server's AMI connection while this node holds it: login, keepalive, reconnect with
 * back-off, and a {@code CoreShowChannels} resync after every login. All of it runs on the link's own
 * thread; events go to {@code events} straight from asterisk-java's event pump and must not block.
 *
 * <p>asterisk-java reconnects on its own (fixed 50 ms, then 5 s) when its reader dies. The link
 * retires such a connection instead and builds a fresh one after its own back-off, so reconnect timing,
 * the resync and the keepalive have one owner.
 */
final class AmiLink {

    private static final Logger log = LoggerFactory.getLogger(AmiLink.class);

    private final AmiProperties properties;
    private final AmiProperties.Server server;
    private final ScheduledExecutorService thread;
    private final Consumer<ManagerEvent> events;
    private final Backoff backoff;
    private final AtomicLong resyncs = new AtomicLong();
    private volatile ManagerConnection connection;
    private ManagerEventListener listener;
    private ScheduledFuture<?> keepalive;
    private ScheduledFuture<?> reconnect;
    private boolean running;

    AmiLink(AmiProperties properties, AmiProperties.Server server, ScheduledExecutorService thread,
            Consumer<ManagerEvent> events) {
        this.properties = properties;
        this.server = server;
        this.thread = thread;
        this.events = events;
        this.backoff = new Backoff(properties.reconnectInitial(), properties.reconnectMax());
    }

    void start() {
        thread.execute(() -> {
            running = true;
            backoff.reset();
            connect();
        });
    }

    /** Logs off and stops reconnecting; returns once the connection is gone. */
    void stop() {
        try {
            thread.submit(() -> {
                running = false;
                retire();
            }).get(properties.responseTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        }
        catch (Exception e) {
            log.warn("AMI link {}: stopping took too long", server.name(), e);
        }
    }

    /** The logged-in connection, or null: for sending actions from outside the event pump. */
    ManagerConnection connection() {
        return connection;
    }

    private void connect() {
        if (!running || connection != null) {
            return;
        }
        reconnect = null;
        ManagerConnection candidate = newConnection();
        ManagerEventListener candidateListener = event -> onEvent(candidate, event);
        candidate.addEventListener(candidateListener);
        try {
            candidate.login();
        }
        catch (Exception e) {
            log.warn("AMI {} ({}:{}): login failed: {}", server.name(), server.host(), server.port(), e.toString());
            dispose(candidate, candidateListener);
            scheduleReconnect();
            return;
        }
        connection = candidate;
        listener = candidateListener;
        backoff.reset();
        long period = properties.keepalive().toMillis();
        keepalive = thread.scheduleWithFixedDelay(this::ping, period, period, TimeUnit.MILLISECONDS);
        log.info("AMI {} ({}:{}): logged in, resyncing live calls", server.name(), server.host(), server.port());
        resync(candidate);
    }

    private ManagerConnection newConnection() {
        DefaultManagerConnection created = new DefaultManagerConnection(server.host(), server.port(),
                server.username(), server.secret());
        created.setDefaultResponseTimeout(properties.responseTimeout().toMillis());
        created.setSocketTimeout((int) properties.responseTimeout().toMillis());
        created.setSocketReadTimeout((int) properties.readTimeout().toMillis());
        AmiEventClasses.registerOn(created);
        return created;
    }

    /** Runs on asterisk-java's event pump: hand over, never block. */
    private void onEvent(ManagerConnection source, ManagerEvent event) {
        if (event instanceof DisconnectEvent) {
            thread.execute(() -> lost(source, "disconnected"));
        }
        else if (!(event instanceof ConnectEvent)) {
            events.accept(event);
        }
    }

    /**
     * The listing comes back as CoreShowChannel events in the ordinary event stream, so the tracker
     * applies it in order with everything else; the response itself carries nothing.
     */
    private void resync(ManagerConnection target) {
        CoreShowChannelsAction listing = new CoreShowChannelsAction();
        listing.setActionId("resync-" + resyncs.incrementAndGet());
        try {
            target.sendAction(listing, response -> {
                if (response instanceof ManagerError error) {
                    log.warn("AMI {}: CoreShowChannels refused: {}", server.name(), error.getMessage());
                }
            });
        }
        catch (Exception e) {
            lost(target, "resync failed: " + e);
        }
    }

    private void ping() {
        ManagerConnection current = connection;
        if (current == null) {
            return;
        }
        try {
            ManagerResponse pong = current.sendAction(new PingAction(), properties.responseTimeout().toMillis());
            if (pong instanceof ManagerError) {
                lost(current, "Ping refused");
            }
        }
        catch (Exception e) {
            lost(current, "no answer to Ping: " + e);
        }
    }

    private void lost(ManagerConnection source, String reason) {
        if (source != connection) {
            return;
        }
        log.warn("AMI {}: connection lost ({}), reconnecting", server.name(), reason);
        retire();
        scheduleReconnect();
    }

    private void retire() {
        if (keepalive != null) {
            keepalive.cancel(false);
            keepalive = null;
        }
        if (reconnect != null) {
            reconnect.cancel(false);
            reconnect = null;
        }
        if (connection != null) {
            dispose(connection, listener);
            connection = null;
            listener = null;
        }
    }

    /** Logoff also ends asterisk-java's own reconnect thread, which runs only while RECONNECTING. */
    private static void dispose(ManagerConnection old, ManagerEventListener oldListener) {
        old.removeEventListener(oldListener);
        ManagerConnectionState state = old.getState();
        if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
            try {
                old.logoff();
            }
            catch (RuntimeException e) {
                log.debug("AMI logoff of a dead connection", e);
            }
        }
    }

    private void scheduleReconnect() {
        if (running && reconnect == null) {
            long delay = backoff.next().toMillis();
            reconnect = thread.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        }
    }
}
