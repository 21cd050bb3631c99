package com.helpdesk.telephony.ivr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * asterisk-java's FastAGI server, serving the IVR script under the name {@code ivr}. The listening
 * socket is bound when the application starts, before anything reports the node ready, so a
 * failure to bind fails the start; {@link #port()} tells which port was bound (tests ask for 0).
 */
public final class IvrServer implements SmartLifecycle {

    static final String SCRIPT = "ivr";
    private static final Logger log = LoggerFactory.getLogger(IvrServer.class);
    private static final int BACKLOG = 200;

    private final FastAgiProperties properties;
    private final AgiScript script;
    private volatile ServerSocket socket;
    private volatile Listener server;

    IvrServer(FastAgiProperties properties, AgiScript script) {
        this.properties = properties;
        this.script = script;
    }

    /** The port the IVR listens on; only while running. */
    public int port() {
        ServerSocket bound = socket;
        if (bound == null) {
            throw new IllegalStateException("the FastAGI server is not running");
        }
        return bound.getLocalPort();
    }

    @Override
    public synchronized void start() {
        try {
            ServerSocket bound = new ServerSocket();
            bound.bind(new InetSocketAddress(InetAddress.getByName(properties.bindAddress()), properties.port()),
                    BACKLOG);
            socket = bound;
        }
        catch (IOException e) {
            throw new UncheckedIOException("FastAGI cannot listen on " + properties.bindAddress() + ":"
                    + properties.port(), e);
        }
        server = new Listener(socket, script, (int) properties.readTimeout().toMillis());
        server.setPoolSize(properties.poolSize());
        server.setMaximumPoolSize(properties.maxPoolSize());
        Thread.ofPlatform().name("fastagi-accept").daemon().start(server::accept);
        log.info("FastAGI IVR listening on {}:{}", properties.bindAddress(), port());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            try {
                // asterisk-java closes the socket too, unless its accept loop had not started yet
                socket.close();
            }
            catch (IOException e) {
                log.debug("FastAGI socket already closed", e);
            }
            server = null;
            socket = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** DefaultAgiServer on a socket bound beforehand; its accept loop and thread pool are asterisk-java's. */
    private static final class Listener extends DefaultAgiServer {

        private final ServerSocket socket;
        private final int readTimeoutMillis;

        Listener(ServerSocket socket, AgiScript script, int readTimeoutMillis) {
            super(null, mapping(script));
            this.socket = socket;
            this.readTimeoutMillis = readTimeoutMillis;
        }

        private static SimpleMappingStrategy mapping(AgiScript script) {
            SimpleMappingStrategy mapping = new SimpleMappingStrategy();
            mapping.setMappings(Map.of(SCRIPT, script));
            return mapping;
        }

        void accept() {
            try {
                startup();
            }
            catch (IOException e) {
                log.error("FastAGI server stopped", e);
            }
        }

        @Override
        protected ServerSocketFacade createServerSocket() {
            return new ServerSocketFacade() {
                @Override
                public SocketConnectionFacade accept() throws IOException {
                    return new AgiSocket(socket.accept(), readTimeoutMillis);
                }

                @Override
                public void close() throws IOException {
                    socket.close();
                }

                @Override
                public void setSocketReadTimeout(int ignored) {
                    // the read timeout is ours (FastAgiProperties), given to each AgiSocket
                }
            };
        }
    }
}
