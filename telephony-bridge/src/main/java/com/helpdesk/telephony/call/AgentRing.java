package com.helpdesk.telephony.call;

import java.time.Instant;

/**
 * An agent's phone rings for a call.
 *
 * @param server    the name of the Asterisk server (configuration), which with {@code linkedId} names the call
 * @param linkedId  Asterisk's {@code Linkedid}, shared by every leg of the call
 * @param did       the dialled hotline number, E.164 where the dialplan passes it so, which selects the tenant
 * @param callerId  the caller's number as Asterisk has it (may be empty for withheld numbers)
 * @param extension the rung agent's extension, e.g. {@code 2001} for {@code PJSIP/2001}
 * @param queue     the queue that rang the agent, or empty for a direct call
 */
public record AgentRing(String server, String linkedId, String did, String callerId, String extension, String queue,
        Instant at) {
}
