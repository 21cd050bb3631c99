package com.helpdesk.pbxsim.pbx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import com.helpdesk.pbxsim.ami.AmiFrame;
import com.helpdesk.pbxsim.ami.PbxBackend;

/**
 * The simulated Asterisk: its live channels and bridges, and the events their changes raise. Every
 * change and its event happen under one lock, so a channel listing never disagrees with the event
 * stream around it. Channels outlive the AMI server: a restarted manager lists them again.
 */
public final class Pbx implements PbxBackend {

    public static final int DOWN = 0;
    public static final int RING = 4;
    public static final int RINGING = 5;
    public static final int UP = 6;

    private final Consumer<AmiFrame> events;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, SimChannel> channels = new LinkedHashMap<>();
    private final Map<String, CallHandle> calls = new ConcurrentHashMap<>();
    private final Map<String, PhoneBehaviour> phones = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final long epoch = Instant.now().getEpochSecond();
    private volatile Timing originateTiming = Timing.realistic();
    private volatile IvrDriver ivrDriver;

    /** @param events where events go, e.g. {@code AmiServer::publish}; dropped while nobody listens */
    public Pbx(Consumer<AmiFrame> events) {
        this.events = events;
    }

    /** Runs an inbound hotline call on its own thread. */
    public CallHandle startInbound(InboundCall call) {
        CallHandle handle = new CallHandle();
        Thread.ofVirtual().name("sim-inbound").start(new InboundCallScript(this, call, handle));
        return handle;
    }

    public void phone(String extension, PhoneBehaviour behaviour) {
        phones.put(extension, behaviour);
    }

    /** Where the dialplan's AGI() step goes: the real IVR, or (null) a short scripted one. */
    public void ivrDriver(IvrDriver driver) {
        this.ivrDriver = driver;
    }

    IvrDriver ivrDriver() {
        return ivrDriver;
    }

    PhoneBehaviour phone(String extension) {
        return phones.getOrDefault(extension, PhoneBehaviour.ANSWER);
    }

    /** The pauses of calls placed through Originate. */
    public void originateTiming(Timing timing) {
        originateTiming = timing;
    }

    /** Live scripted calls by Linkedid. */
    public Map<String, CallHandle> liveCalls() {
        return Map.copyOf(calls);
    }

    public int liveChannels() {
        lock.lock();
        try {
            return channels.size();
        }
        finally {
            lock.unlock();
        }
    }

    @Override
    public CompletableFuture<Boolean> originate(AmiFrame action, String actionId, boolean async) {
        CallHandle handle = new CallHandle();
        OriginateScript script = new OriginateScript(this, OriginateScript.Request.from(action, actionId, async),
                originateTiming, handle);
        Thread.ofVirtual().name("sim-originate").start(script);
        return script.placed();
    }

    @Override
    public void exclusive(Runnable action) {
        lock.lock();
        try {
            action.run();
        }
        finally {
            lock.unlock();
        }
    }

    @Override
    public List<AmiFrame> coreShowChannels(String actionId) {
        return listing("CoreShowChannel", actionId, channel -> channel.listing(Instant.now()));
    }

    @Override
    public List<AmiFrame> status(String actionId) {
        return listing("Status", actionId, channel -> {
            List<Map.Entry<String, String>> lines = new ArrayList<>(channel.snapshot(""));
            lines.add(Map.entry("Type", "PJSIP"));
            lines.add(Map.entry("BridgeID", channel.bridgeId()));
            lines.add(Map.entry("Application", channel.application()));
            lines.add(Map.entry("Data", channel.applicationData()));
            lines.add(Map.entry("Seconds", String.valueOf(channel.ageSeconds(Instant.now()))));
            return lines;
        });
    }

    private List<AmiFrame> listing(String event, String actionId,
            Function<SimChannel, List<Map.Entry<String, String>>> body) {
        lock.lock();
        try {
            List<AmiFrame> frames = new ArrayList<>();
            for (SimChannel channel : channels.values()) {
                AmiFrame.Builder frame = AmiFrame.event(event);
                if (actionId != null) {
                    frame.add("ActionID", actionId);
                }
                frames.add(frame.addAll(body.apply(channel)).build());
            }
            return frames;
        }
        finally {
            lock.unlock();
        }
    }

    // ---- changes of state, each with the event Asterisk raises for it ----

    /** A new channel; {@code linkedTo} null makes it the first channel of a new call. */
    SimChannel newChannel(String endpoint, SimChannel linkedTo, int state, String callerIdNum, String callerIdName,
            String context, String exten) {
        long n = sequence.incrementAndGet();
        String uniqueId = epoch + "." + n;
        String name = endpoint + "-" + String.format("%08x", n);
        SimChannel channel = new SimChannel(name, uniqueId, linkedTo == null ? uniqueId : linkedTo.linkedId(), state,
                callerIdNum, callerIdName, context, exten, Instant.now());
        change(() -> channels.put(uniqueId, channel), "Newchannel", "call,all", f -> f.addAll(channel.snapshot("")));
        return channel;
    }

    void state(SimChannel channel, int state) {
        change(() -> channel.state(state), "Newstate", "call,all", f -> f.addAll(channel.snapshot("")));
    }

    void exten(SimChannel channel, String context, String exten, int priority, String app, String data) {
        change(() -> channel.dialplan(context, exten, priority, app, data), "Newexten", "dialplan,all",
                f -> f.addAll(channel.snapshot("")).add("Extension", exten).add("Application", app)
                        .add("AppData", data));
    }

    void var(SimChannel channel, String variable, String value) {
        emit("VarSet", "dialplan,all", f -> f.addAll(channel.snapshot("")).add("Variable", variable).add("Value", value));
    }

    void hangup(SimChannel channel, int cause, String causeText) {
        change(() -> channels.remove(channel.uniqueId()), "Hangup", "call,all",
                f -> f.addAll(channel.snapshot("")).add("Cause", cause).add("Cause-txt", causeText));
    }

    String createBridge() {
        String id = UUID.randomUUID().toString();
        emit("BridgeCreate", "call,all", f -> bridgeLines(f, id, 0));
        return id;
    }

    void enterBridge(String bridgeId, SimChannel channel, int membersAfter) {
        change(() -> channel.bridge(bridgeId), "BridgeEnter", "call,all",
                f -> bridgeLines(f, bridgeId, membersAfter).addAll(channel.snapshot("")));
    }

    void leaveBridge(String bridgeId, SimChannel channel, int membersAfter) {
        change(() -> channel.bridge(""), "BridgeLeave", "call,all",
                f -> bridgeLines(f, bridgeId, membersAfter).addAll(channel.snapshot("")));
    }

    void destroyBridge(String bridgeId) {
        emit("BridgeDestroy", "call,all", f -> bridgeLines(f, bridgeId, 0));
    }

    static AmiFrame.Builder bridgeLines(AmiFrame.Builder frame, String bridgeId, int members) {
        return frame.add("BridgeUniqueid", bridgeId).add("BridgeType", "basic").add("BridgeTechnology", "simple_bridge")
                .add("BridgeCreator", "<unknown>").add("BridgeName", "<unknown>").add("BridgeNumChannels", members)
                .add("BridgeVideoSourceMode", "none");
    }

    /** Any other event, e.g. the queue's; {@code body} writes its lines after Event and Privilege. */
    void emit(String event, String privilege, Consumer<AmiFrame.Builder> body) {
        change(() -> { }, event, privilege, body);
    }

    void register(String linkedId, CallHandle handle) {
        calls.put(linkedId, handle);
        handle.started(linkedId);
    }

    void unregister(String linkedId, CallHandle handle) {
        if (linkedId != null) {
            calls.remove(linkedId);
        }
        handle.ended();
    }

    private void change(Runnable mutation, String event, String privilege, Consumer<AmiFrame.Builder> body) {
        lock.lock();
        try {
            mutation.run();
            AmiFrame.Builder frame = AmiFrame.event(event).add("Privilege", privilege);
            body.accept(frame);
            events.accept(frame.build());
        }
        finally {
            lock.unlock();
        }
    }
}
