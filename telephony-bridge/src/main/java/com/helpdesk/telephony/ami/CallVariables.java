package com.helpdesk.telephony.ami;

import java.util.Arrays;
import java.util.List;

import com.helpdesk.telephony.call.CallRecord.Direction;

/**
 * Channel variables that tell the tracker what AMI events alone cannot: {@code HELPDESK_*} set by
 * the {@link AmiDialer} on an Originate (direction, number, DID, the caller's own variables) or by
 * the IVR through AGI ({@code HELPDESK_QUEUE}, {@code HELPDESK_IVR_PATH}), and MixMonitor's file.
 */
final class CallVariables {

    static final String PREFIX = "HELPDESK_";
    static final String DIRECTION = "DIRECTION";
    static final String NUMBER = "NUMBER";
    static final String DID = "DID";
    static final String IVR_PATH = "IVR_PATH";

    private CallVariables() {
    }

    static void apply(CallTracker tracker, CallEvent.VariableSet event) {
        TrackedCall call = tracker.calls.get(event.channel().linkedId());
        if (call == null) {
            return;
        }
        // "__NAME" is a variable inherited by every channel the call creates; the name is NAME.
        String name = event.name().replaceFirst("^_+", "");
        if (name.equals("MIXMONITOR_FILENAME")) {
            call.recording = event.value();
            return;
        }
        if (!name.startsWith(PREFIX)) {
            return;
        }
        String key = name.substring(PREFIX.length());
        call.variables.put(key, event.value());
        switch (key) {
            case DIRECTION -> {
                if (event.value().equalsIgnoreCase("outbound")) {
                    call.direction = Direction.OUTBOUND;
                    call.did = call.variables.getOrDefault(DID, "");
                }
            }
            case DID -> call.did = event.value();
            // the customer's number of a click-to-call: the record's "other party", as the caller is inbound
            case NUMBER -> call.callerId = event.value();
            case IVR_PATH -> call.ivrPath = steps(event.value());
            default -> {
                // kept in the record's variables only
            }
        }
    }

    /** The IVR writes its path as {@code menu/1/fault} or {@code menu,1,fault}. */
    private static List<String> steps(String path) {
        return Arrays.stream(path.split("[/,]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
