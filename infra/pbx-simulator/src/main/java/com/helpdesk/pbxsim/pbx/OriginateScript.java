package com.helpdesk.pbxsim.pbx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.helpdesk.pbxsim.ami.AmiFrame;

/**
 * Click-to-call as Asterisk plays an {@code Originate} to an agent's phone with a dialplan target:
 * the agent's channel rings; when it answers, {@code OriginateResponse} (Reason 4) and the dialplan
 * dials the customer over the trunk; when it does not, a Hangup and a failed {@code OriginateResponse}
 * (Reason 5 busy, 3 no answer), as {@code ast_pbx_outgoing_exten} reports them.
 */
final class OriginateScript extends CallScript {

    /** The parts of an Originate action the simulator uses. */
    record Request(String channel, String context, String exten, String callerIdNum, String callerIdName,
            List<Map.Entry<String, String>> variables, Duration timeout, String actionId, boolean async) {

        static Request from(AmiFrame action, String actionId, boolean async) {
            String callerId = action.getOrDefault("CallerID", "");
            String num = callerId.contains("<") ? callerId.substring(callerId.indexOf('<') + 1, callerId.indexOf('>'))
                    : callerId;
            String name = callerId.contains("<") ? callerId.substring(0, callerId.indexOf('<')).replace("\"", "").trim()
                    : "";
            List<Map.Entry<String, String>> variables = new ArrayList<>();
            for (String variable : action.all("Variable")) {
                int eq = variable.indexOf('=');
                if (eq > 0) {
                    variables.add(Map.entry(variable.substring(0, eq), variable.substring(eq + 1)));
                }
            }
            long timeout = Long.parseLong(action.getOrDefault("Timeout", "30000").trim());
            return new Request(action.get("Channel").trim(), action.getOrDefault("Context", "default"),
                    action.getOrDefault("Exten", "s"), num, name, variables, Duration.ofMillis(timeout), actionId,
                    async);
        }

        String extension() {
            return channel.substring(channel.indexOf('/') + 1);
        }
    }

    private final Request request;
    private final CompletableFuture<Boolean> placed = new CompletableFuture<>();

    OriginateScript(Pbx pbx, Request request, Timing timing, CallHandle handle) {
        super(pbx, timing, handle);
        this.request = request;
    }

    CompletableFuture<Boolean> placed() {
        return placed;
    }

    @Override
    void play() throws InterruptedException {
        SimChannel agent = pbx.newChannel(request.channel(), null, Pbx.DOWN, request.callerIdNum(),
                request.callerIdName(), request.context(), request.exten());
        started(agent);
        request.variables().forEach(v -> pbx.var(agent, v.getKey(), v.getValue()));
        step();
        pbx.state(agent, Pbx.RINGING);
        switch (pbx.phone(request.extension())) {
            case BUSY -> {
                step();
                fail(agent, 17, "User busy", 5);
            }
            case NO_ANSWER -> {
                pause(min(request.timeout(), timing.ringTimeout()));
                fail(agent, 19, "User alerting, no answer", 3);
            }
            case ANSWER -> answered(agent);
        }
    }

    private void answered(SimChannel agent) throws InterruptedException {
        pause(timing.ring());
        pbx.state(agent, Pbx.UP);
        respond("Success", 4, agent);
        placed.complete(true);
        String dial = "PJSIP/" + request.exten() + "@trunk";
        pbx.exten(agent, request.context(), request.exten(), 1, "Dial", dial + ",60");
        SimChannel customer = pbx.newChannel("PJSIP/trunk", agent, Pbx.DOWN, request.exten(), "", request.context(),
                request.exten());
        dialEvent("DialBegin", agent, customer, "DialString", request.exten() + "@trunk");
        pbx.state(customer, Pbx.RINGING);
        pause(timing.ring());
        pbx.state(customer, Pbx.UP);
        dialEvent("DialEnd", agent, customer, "DialStatus", "ANSWER");
        String bridge = pbx.createBridge();
        pbx.enterBridge(bridge, agent, 1);
        pbx.enterBridge(bridge, customer, 2);
        waitOrHangup(timing.talk());
        pbx.leaveBridge(bridge, agent, 1);
        pbx.leaveBridge(bridge, customer, 0);
        pbx.destroyBridge(bridge);
        hangupNormally(customer);
        hangupNormally(agent);
    }

    private void fail(SimChannel agent, int cause, String causeText, int reason) {
        pbx.hangup(agent, cause, causeText);
        respond("Failure", reason, agent);
        placed.complete(false);
    }

    private void respond(String response, int reason, SimChannel agent) {
        if (!request.async()) {
            return;
        }
        pbx.emit("OriginateResponse", "call,all", f -> {
            if (request.actionId() != null) {
                f.add("ActionID", request.actionId());
            }
            f.add("Response", response).add("Channel", request.channel()).add("Context", request.context())
                    .add("Exten", request.exten()).add("Application", "").add("Data", "").add("Reason", reason)
                    .add("Uniqueid", agent.uniqueId()).add("CallerIDNum", orUnknown(agent.callerIdNum()))
                    .add("CallerIDName", orUnknown(agent.callerIdName()));
        });
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? "<unknown>" : value;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
