package com.helpdesk.telephony.ami;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.asteriskjava.manager.action.OriginateAction;

/**
 * The Originate of a click-to-call: ring the agent's phone, and when it answers run the dialplan at
 * the customer's number in the server's originate context. The {@code HELPDESK_*} variables let the
 * tracker recognise the call as outbound and put the caller's variables into its record.
 */
final class OriginateRequests {

    private OriginateRequests() {
    }

    static OriginateAction action(AmiProperties.Server server, String actionId, String extension, String number,
            Map<String, String> variables, Duration ringTimeout) {
        OriginateAction action = new OriginateAction();
        action.setActionId(actionId);
        action.setChannel(server.agentChannel().replace("{extension}", extension));
        action.setContext(server.originateContext());
        action.setExten(number);
        action.setPriority(1);
        // What the agent's phone shows while it rings: the customer it is about to call.
        action.setCallerId(number);
        action.setTimeout(ringTimeout.toMillis());
        action.setAsync(true);
        action.setVariables(variables(extension, number, variables));
        return action;
    }

    private static Map<String, String> variables(String extension, String number, Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>();
        given.forEach((key, value) -> all.put(key.startsWith(CallVariables.PREFIX) ? key : CallVariables.PREFIX + key,
                value));
        all.put(CallVariables.PREFIX + CallVariables.DIRECTION, "outbound");
        all.put(CallVariables.PREFIX + CallVariables.NUMBER, number);
        all.put(CallVariables.PREFIX + "EXTENSION", extension);
        return all;
    }
}
