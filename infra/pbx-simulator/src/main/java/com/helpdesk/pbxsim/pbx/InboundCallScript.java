package com.helpdesk.pbxsim.pbx;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.helpdesk.pbxsim.ami.AmiFrame;

/**
 * Plays an {@link InboundCall} with the events Asterisk 20 raises for it: dialplan noise, FastAGI,
 * {@code app_queue} with strategy ringall ({@code QueueCallerJoin}, {@code AgentCalled} and
 * {@code DialBegin} per member, {@code DialEnd} for all, {@code AgentConnect}, bridge events,
 * {@code AgentComplete}, {@code Hangup} per channel), abandon and blind transfer.
 */
final class InboundCallScript extends CallScript {

    private static final String CONTEXT = "from-pstn";

    private final InboundCall call;
    private SimChannel caller;
    private Instant joinedQueue;

    InboundCallScript(Pbx pbx, InboundCall call, CallHandle handle) {
        super(pbx, call.timing(), handle);
        this.call = call;
    }

    @Override
    void play() throws InterruptedException {
        caller = pbx.newChannel(call.trunk(), null, Pbx.RING, call.callerNum(), call.callerName(), CONTEXT, call.did());
        started(caller);
        step();
        pbx.var(caller, "__PJSIP_TRUNK", call.trunk());
        pbx.exten(caller, CONTEXT, call.did(), 1, "NoOp", "hotline " + call.did() + " caller " + call.callerNum());
        step();
        pbx.exten(caller, CONTEXT, call.did(), 2, "Answer", "");
        pbx.state(caller, Pbx.UP);
        if (call.ivr() && ivr()) {
            hangupNormally(caller);
            return;
        }
        step();
        pbx.exten(caller, CONTEXT, call.did(), 4, "GotoIf", "0?done");
        pbx.exten(caller, CONTEXT, call.did(), 5, "Queue", call.queue() + ",t,,,600");
        joinedQueue = Instant.now();
        queueEvent("QueueCallerJoin", f -> f.add("Position", 1).add("Count", 1));
        queue();
    }

    /** The FastAGI IVR; true if the caller hung up in it. */
    private boolean ivr() throws InterruptedException {
        step();
        pbx.exten(caller, CONTEXT, call.did(), 3, "AGI", "agi://127.0.0.1:4573/ivr," + call.did());
        IvrDriver driver = pbx.ivrDriver();
        if (driver != null) {
            return drivenIvr(driver);
        }
        agi("ANSWER", "1", "200", "0");
        boolean hungUp = waitOrHangup(call.timing().ivr());
        agi("GET DATA beep 3000 1", "2", "200", hungUp ? "-1" : "1");
        if (hungUp) {
            return true;
        }
        agi("SET VARIABLE HELPDESK_QUEUE " + call.queue(), "3", "200", "1");
        pbx.var(caller, "HELPDESK_QUEUE", call.queue());
        return false;
    }

    /** The real IVR over FastAGI: its channel variables land on the channel as Asterisk's VarSet events. */
    private boolean drivenIvr(IvrDriver driver) {
        Optional<Map<String, String>> variables = driver.run(call.did(), call.callerNum(), caller.name(),
                caller.uniqueId(), caller.linkedId());
        variables.ifPresent(set -> set.forEach((name, value) -> pbx.var(caller, name, value)));
        return variables.isEmpty();
    }

    private void agi(String command, String id, String code, String result) {
        pbx.emit("AGIExecStart", "agi,all", f -> f.addAll(caller.snapshot("")).add("Command", command)
                .add("CommandId", id));
        pbx.emit("AGIExecEnd", "agi,all", f -> f.addAll(caller.snapshot("")).add("Command", command)
                .add("CommandId", id).add("ResultCode", code).add("Result", result));
    }

    private void queue() throws InterruptedException {
        for (int round = 0; round < call.unansweredRounds(); round++) {
            Map<String, SimChannel> legs = ringAll();
            if (waitOrHangup(call.timing().ringTimeout())) {
                abandon(legs);
                return;
            }
            ringNoAnswer(legs);
            step();
        }
        Map<String, SimChannel> legs = ringAll();
        if (call.answeringAgent() == null) {
            waitOrHangup(call.timing().queueWait());
            abandon(legs);
            return;
        }
        if (waitOrHangup(call.timing().ring())) {
            abandon(legs);
            return;
        }
        connect(legs);
    }

    /** Ring-all: one outgoing channel per member, AgentCalled then DialBegin for each, then ringing. */
    private Map<String, SimChannel> ringAll() throws InterruptedException {
        Map<String, SimChannel> legs = new LinkedHashMap<>();
        for (String agent : call.agents()) {
            SimChannel leg = pbx.newChannel("PJSIP/" + agent, caller, Pbx.DOWN, agent, "", "agents", call.did());
            leg.connectedLine(call.callerNum(), call.callerName());
            legs.put(agent, leg);
            memberEvent("AgentCalled", agent, leg, f -> { });
            dialEvent("DialBegin", caller, leg, "DialString", agent);
        }
        step();
        for (SimChannel leg : legs.values()) {
            pbx.state(leg, Pbx.RINGING);
        }
        return legs;
    }

    private void ringNoAnswer(Map<String, SimChannel> legs) {
        long ringSeconds = call.timing().ringTimeout().toSeconds();
        legs.forEach((agent, leg) -> {
            memberEvent("AgentRingNoAnswer", agent, leg, f -> f.add("RingTime", ringSeconds));
            dialEvent("DialEnd", caller, leg, "DialStatus", "NOANSWER");
            hangupNormally(leg);
        });
    }

    private void abandon(Map<String, SimChannel> legs) {
        queueEvent("QueueCallerAbandon", f -> f.add("Position", 1).add("OriginalPosition", 1)
                .add("HoldTime", holdSeconds()));
        for (SimChannel leg : legs.values()) {
            dialEvent("DialEnd", caller, leg, "DialStatus", "CANCEL");
            hangupNormally(leg);
        }
        hangupNormally(caller);
    }

    private void connect(Map<String, SimChannel> legs) throws InterruptedException {
        String agent = call.answeringAgent();
        SimChannel answered = legs.get(agent);
        pbx.state(answered, Pbx.UP);
        dialEvent("DialEnd", caller, answered, "DialStatus", "ANSWER");
        for (SimChannel other : others(legs, agent)) {
            dialEvent("DialEnd", caller, other, "DialStatus", "CANCEL");
            pbx.hangup(other, 26, "Answered elsewhere");
        }
        queueEvent("QueueCallerLeave", f -> f.add("Count", 0).add("Position", 1));
        memberEvent("AgentConnect", agent, answered, f -> f.add("HoldTime", holdSeconds())
                .add("RingTime", call.timing().ring().toSeconds()));
        String bridge = bridge(answered);
        Instant talkStart = Instant.now();
        if (call.transferTo() != null && !waitOrHangup(call.timing().ring())) {
            blindTransfer(agent, answered, bridge);
            return;
        }
        waitOrHangup(call.timing().talk());
        memberEvent("AgentComplete", agent, answered, f -> f.add("HoldTime", holdSeconds())
                .add("TalkTime", Duration.between(talkStart, Instant.now()).toSeconds()).add("Reason", "caller"));
        unbridge(bridge, answered);
        hangupNormally(answered);
        hangupNormally(caller);
    }

    private void blindTransfer(String agent, SimChannel agentLeg, String bridge) throws InterruptedException {
        String target = call.transferTo();
        pbx.emit("BlindTransfer", "call,all", f -> Pbx.bridgeLines(f.add("Result", "Success")
                .addAll(agentLeg.snapshot("Transferer")).addAll(caller.snapshot("Transferee")), bridge, 2)
                .add("IsExternal", "No").add("Context", "agents").add("Extension", target));
        unbridge(bridge, agentLeg);
        memberEvent("AgentComplete", agent, agentLeg, f -> f.add("HoldTime", holdSeconds()).add("TalkTime", 0)
                .add("Reason", "transfer"));
        hangupNormally(agentLeg);
        pbx.exten(caller, "agents", target, 1, "Dial", "PJSIP/" + target + ",30");
        SimChannel leg = pbx.newChannel("PJSIP/" + target, caller, Pbx.DOWN, target, "", "agents", target);
        dialEvent("DialBegin", caller, leg, "DialString", target);
        pbx.state(leg, Pbx.RINGING);
        waitOrHangup(call.timing().ring());
        pbx.state(leg, Pbx.UP);
        dialEvent("DialEnd", caller, leg, "DialStatus", "ANSWER");
        String second = bridge(leg);
        waitOrHangup(call.timing().talk());
        unbridge(second, leg);
        hangupNormally(leg);
        hangupNormally(caller);
    }

    private String bridge(SimChannel callee) {
        String bridge = pbx.createBridge();
        pbx.enterBridge(bridge, caller, 1);
        pbx.enterBridge(bridge, callee, 2);
        return bridge;
    }

    private void unbridge(String bridge, SimChannel callee) {
        pbx.leaveBridge(bridge, caller, 1);
        pbx.leaveBridge(bridge, callee, 0);
        pbx.destroyBridge(bridge);
    }

    private void queueEvent(String event, Consumer<AmiFrame.Builder> more) {
        pbx.emit(event, "agent,all", f -> {
            f.addAll(caller.snapshot("")).add("Queue", call.queue());
            more.accept(f);
        });
    }

    /** app_queue's member events: the caller, the member's channel as Dest, queue and member. */
    private void memberEvent(String event, String agent, SimChannel leg,
            Consumer<AmiFrame.Builder> more) {
        pbx.emit(event, "agent,all", f -> {
            f.addAll(caller.snapshot("")).addAll(leg.snapshot("Dest")).add("Queue", call.queue())
                    .add("MemberName", "PJSIP/" + agent).add("Interface", "PJSIP/" + agent);
            more.accept(f);
        });
    }

    private long holdSeconds() {
        return joinedQueue == null ? 0 : Duration.between(joinedQueue, Instant.now()).toSeconds();
    }

    private static List<SimChannel> others(Map<String, SimChannel> legs, String agent) {
        List<SimChannel> others = new ArrayList<>(legs.values());
        others.remove(legs.get(agent));
        return others;
    }
}
