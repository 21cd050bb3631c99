package com.helpdesk.pbxsim.agi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hotline call as the dialplan {@code AGI(agi://host:port/ivr,${EXTEN})} of
 * {@code infra/asterisk/extensions.conf} hands it to FastAGI.
 *
 * @param did       the dialled number, passed as the first AGI argument
 * @param callerId  the caller's number as the trunk sent it ({@code unknown} when withheld)
 * @param uniqueId  the caller channel's Uniqueid
 * @param linkedId  the call's Linkedid, which {@code GET VARIABLE CHANNEL(linkedid)} answers
 * @param variables further channel variables {@code GET VARIABLE} answers
 */
public record AgiCallSetup(String did, String callerId, String callerName, String uniqueId, String linkedId,
        String channel, Map<String, String> variables) {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    public AgiCallSetup {
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(linkedId, "linkedId");
        callerId = callerId == null || callerId.isEmpty() ? "unknown" : callerId;
        callerName = callerName == null || callerName.isEmpty() ? "unknown" : callerName;
        variables = Map.copyOf(variables);
    }

    /** A call to {@code did} from {@code callerId}, with fresh ids as Asterisk numbers its channels. */
    public static AgiCallSetup call(String did, String callerId) {
        String id = (System.currentTimeMillis() / 1000) + "." + SEQUENCE.incrementAndGet();
        return new AgiCallSetup(did, callerId, "", id, id, "PJSIP/trunk-" + String.format("%08x", SEQUENCE.get()),
                Map.of());
    }

    public AgiCallSetup withCallerId(String number) {
        return new AgiCallSetup(did, number, callerName, uniqueId, linkedId, channel, variables);
    }

    /** The {@code agi_*} lines Asterisk 20 sends for the script at {@code host:port}, blank line excluded. */
    List<String> environment(String host, int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("agi_network", "yes");
        env.put("agi_network_script", "ivr");
        env.put("agi_request", "agi://" + host + ":" + port + "/ivr");
        env.put("agi_channel", channel);
        env.put("agi_language", "en");
        env.put("agi_type", "PJSIP");
        env.put("agi_uniqueid", uniqueId);
        env.put("agi_version", "20.20.1");
        env.put("agi_callerid", callerId);
        env.put("agi_calleridname", callerName);
        env.put("agi_callingpres", "0");
        env.put("agi_callingani2", "0");
        env.put("agi_callington", "0");
        env.put("agi_callingtns", "0");
        env.put("agi_dnid", did);
        env.put("agi_rdnis", "unknown");
        env.put("agi_context", "from-pstn");
        env.put("agi_extension", did);
        env.put("agi_priority", "3");
        env.put("agi_enhanced", "0.0");
        env.put("agi_accountcode", "");
        env.put("agi_threadid", "140234567890123");
        env.put("agi_arg_1", did);
        List<String> lines = new ArrayList<>();
        env.forEach((key, value) -> lines.add(key + ": " + value));
        return lines;
    }
}
