package com.helpdesk.pbxsim.ami;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The manager interface over TCP. It can be stopped and started again on the same port while the
 * PBX keeps its calls, which is what a client sees when Asterisk's manager restarts or the network
 * drops: the client must reconnect and find the live calls again.
 */
public final class AmiServer implements AutoCloseable {

    /** Asterisk 20 announces AMI 9.0.0 (21: 10.0.0, 22: 11.0.0). */
    public static final String AMI_VERSION = "9.0.0";
    public static final String GREETING = "Asterisk Call Manager/" + AMI_VERSION;

    private static final Logger LOG = Logger.getLogger(AmiServer.class.getName());

    private final AmiActions actions;
    private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private Thread acceptor;
    private volatile int port;
    private volatile boolean unresponsive;
    private final AtomicInteger logins = new AtomicInteger();

    public AmiServer(AmiCredentials credentials, PbxBackend pbx) {
        this.actions = new AmiActions(credentials, pbx);
    }

    /** Listens on loopback; port 0 picks a free port, kept for later restarts. */
    public synchronized void start(int requestedPort) throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort));
        listener = socket;
        port = socket.getLocalPort();
        acceptor = Thread.ofVirtual().name("ami-accept-" + port).start(() -> accept(socket));
    }

    /** Starts again on the port of the previous start. */
    public void restart() throws IOException {
        stop();
        start(port);
    }

    /** Closes the listener and every client, as a crashed or restarting manager would. */
    public synchronized void stop() {
        ServerSocket socket = listener;
        listener = null;
        if (socket != null) {
            try {
                socket.close();
                // The JDK closes a listening socket for good only once the thread blocked in accept()
                // has left it; until then the port stays taken and a restart on it fails (EADDRINUSE).
                acceptor.join(Duration.ofSeconds(5));
            }
            catch (IOException e) {
                LOG.log(Level.FINE, "closing AMI listener", e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dropClients();
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    public boolean running() {
        return listener != null;
    }

    /** Sends an event to every logged-in client that wants events. */
    public void publish(AmiFrame event) {
        for (AmiSession session : sessions) {
            session.deliverEvent(event);
        }
    }

    /** Cuts every client's TCP connection; the listener stays up. */
    public void dropClients() {
        sessions.forEach(AmiSession::close);
    }

    /** Writes raw bytes into every client's stream, between frames. */
    public void sendGarbage(byte[] bytes) {
        sessions.forEach(session -> session.writeRaw(bytes));
    }

    /** While set, nothing at all is written to clients: a half-open link that only keepalives reveal. */
    public void unresponsive(boolean value) {
        unresponsive = value;
    }

    boolean unresponsive() {
        return unresponsive;
    }

    /** Clients that passed Login, for tests that wait for a (re)connect. */
    public int loggedInClients() {
        return (int) sessions.stream().filter(AmiSession::authenticated).count();
    }

    /** Successful logins since start: a test sees a client come back after a drop. */
    public int logins() {
        return logins.get();
    }

    void loggedIn() {
        logins.incrementAndGet();
    }

    void forget(AmiSession session) {
        sessions.remove(session);
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                AmiSession session = new AmiSession(client, actions, this);
                sessions.add(session);
                Thread.ofVirtual().name("ami-session").start(session);
            }
            catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.log(Level.WARNING, "AMI accept failed", e);
                }
            }
        }
    }
}
