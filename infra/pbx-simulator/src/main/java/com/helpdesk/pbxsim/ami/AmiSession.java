package com.helpdesk.pbxsim.ami;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One manager client. Reads actions on its own (virtual) thread; events from the PBX are written
 * by the scenario threads, so every write holds the session's lock and goes out as a whole frame.
 */
final class AmiSession implements Runnable {

    private static final Logger LOG = Logger.getLogger(AmiSession.class.getName());

    private final Socket socket;
    private final AmiActions actions;
    private final AmiServer server;
    private final Object writeLock = new Object();
    private volatile boolean authenticated;
    private volatile boolean eventsOn = true;
    private volatile String challenge;

    AmiSession(Socket socket, AmiActions actions, AmiServer server) {
        this.socket = socket;
        this.actions = actions;
        this.server = server;
    }

    @Override
    public void run() {
        try (socket) {
            writeRaw((AmiServer.GREETING + "\r\n").getBytes(StandardCharsets.UTF_8));
            AmiFrameReader reader = new AmiFrameReader(socket.getInputStream());
            AmiFrame action;
            while ((action = reader.next()) != null) {
                if (!actions.handle(this, action)) {
                    break;
                }
            }
        }
        catch (IOException e) {
            LOG.log(Level.FINE, "AMI client gone", e);
        }
        finally {
            server.forget(this);
        }
    }

    /** Writes an event if this client logged in and wants events; a dead client is dropped quietly. */
    void deliverEvent(AmiFrame event) {
        if (authenticated && eventsOn) {
            send(event);
        }
    }

    void send(AmiFrame frame) {
        writeRaw(frame.toWire());
    }

    /** A response and the list that follows it go out together, as Asterisk queues them. */
    void sendAll(List<AmiFrame> frames) {
        synchronized (writeLock) {
            frames.forEach(this::send);
        }
    }

    void writeRaw(byte[] bytes) {
        if (server.unresponsive()) {
            return;
        }
        synchronized (writeLock) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(bytes);
                out.flush();
            }
            catch (IOException e) {
                close();
            }
        }
    }

    void close() {
        try {
            socket.close();
        }
        catch (IOException e) {
            LOG.log(Level.FINE, "closing AMI client", e);
        }
    }

    boolean authenticated() {
        return authenticated;
    }

    void authenticated(boolean value) {
        authenticated = value;
        if (value) {
            server.loggedIn();
        }
    }

    void eventsOn(boolean value) {
        eventsOn = value;
    }

    String challenge() {
        return challenge;
    }

    void challenge(String value) {
        challenge = value;
    }
}
