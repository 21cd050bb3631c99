package com.helpdesk.telephony.call;

import java.time.Instant;

/** An agent answered the call (AgentConnect, or BridgeEnter of a direct call). */
public record AgentAnswer(String server, String linkedId, String did, String callerId, String extension,
        Instant at) {
}
