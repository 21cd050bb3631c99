package com.helpdesk.pbxsim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.helpdesk.pbxsim.ami.AmiCredentials;
import com.helpdesk.pbxsim.ami.AmiFrame;
import com.helpdesk.pbxsim.ami.AmiServer;
import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.IvrDriver;
import com.helpdesk.pbxsim.pbx.Pbx;
import com.helpdesk.pbxsim.pbx.PhoneBehaviour;
import com.helpdesk.pbxsim.pbx.Timing;

/**
 * A simulated Asterisk 20 for tests and the demo: the PBX with its calls and the AMI server in front
 * of it, plus the faults a client has to survive (dropped links, garbage, a manager restart while
 * calls go on).
 *
 * <pre>{@code
 * try (PbxSimulator pbx = PbxSimulator.start(0, "helpdesk", "secret")) {
 *     CallHandle call = pbx.call(InboundCall.to("4000").timing(Timing.fast()));
 *     ...
 *     call.hangup();
 * }
 * }</pre>
 */
public final class PbxSimulator implements AutoCloseable {

    private final AmiServer ami;
    private final Pbx pbx;
    private volatile Consumer<AmiFrame> eventListener;

    private PbxSimulator(AmiCredentials credentials) {
        // The PBX publishes through the server and the server asks the PBX; no call runs before both exist.
        this.pbx = new Pbx(this::publish);
        this.ami = new AmiServer(credentials, pbx);
    }

    private void publish(AmiFrame event) {
        Consumer<AmiFrame> listener = eventListener;
        if (listener != null) {
            listener.accept(event);
        }
        ami.publish(event);
    }

    /**
     * Sees every event just before it is handed to the AMI clients (same thread, so keep it short),
     * e.g. to time-stamp a ringing agent's {@code DialBegin}; null removes it.
     */
    public void eventListener(Consumer<AmiFrame> listener) {
        this.eventListener = listener;
    }

    /** Starts the AMI server on loopback; port 0 picks a free one ({@link #port()}). */
    public static PbxSimulator start(int port, String username, String secret) throws IOException {
        PbxSimulator simulator = new PbxSimulator(new AmiCredentials(username, secret));
        simulator.ami.start(port);
        return simulator;
    }

    public int port() {
        return ami.port();
    }

    public CallHandle call(InboundCall call) {
        return pbx.startInbound(call);
    }

    public void phone(String extension, PhoneBehaviour behaviour) {
        pbx.phone(extension, behaviour);
    }

    /** Sends every inbound call's AGI() step to the real IVR through {@code driver}. */
    public void ivrDriver(IvrDriver driver) {
        pbx.ivrDriver(driver);
    }

    public void originateTiming(Timing timing) {
        pbx.originateTiming(timing);
    }

    public Pbx pbx() {
        return pbx;
    }

    /** Cuts every AMI client's TCP connection; calls go on and the listener stays up. */
    public void dropConnections() {
        ami.dropClients();
    }

    /** Writes bytes that are no AMI frame into every client's stream. */
    public void sendGarbage(String text) {
        ami.sendGarbage(text.getBytes(StandardCharsets.UTF_8));
    }

    public void sendGarbage(byte[] bytes) {
        ami.sendGarbage(bytes);
    }

    /** Stops answering anything, as a half-open TCP link does; only keepalives can tell. */
    public void unresponsive(boolean value) {
        ami.unresponsive(value);
    }

    /** Kills the manager (listener and clients); the calls stay live in the PBX. */
    public void stopAmi() {
        ami.stop();
    }

    /** Starts the manager again on the same port, with the calls that lived on meanwhile. */
    public void startAmi() throws IOException {
        ami.start(ami.port());
    }

    public int loggedInClients() {
        return ami.loggedInClients();
    }

    /** Successful logins so far, reconnects included. */
    public int logins() {
        return ami.logins();
    }

    @Override
    public void close() {
        ami.close();
        pbx.liveCalls().values().forEach(CallHandle::hangup);
    }
}
