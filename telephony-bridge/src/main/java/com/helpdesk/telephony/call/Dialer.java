package com.helpdesk.telephony.call;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Click-to-call: rings the agent's extension and, when the agent answers, dials the customer.
 * Asynchronous as Asterisk's {@code Originate} must be: the future completes with the outcome
 * Asterisk reports in its {@code OriginateResponse}.
 */
public interface Dialer {

    /** The Asterisk server that answers this hotline (E.164), through which its tenant's calls go out. */
    Optional<String> serverFor(String did);

    /**
     * @param server    the Asterisk server the agent's phone is registered on
     * @param extension the agent's extension
     * @param number    the customer's number, E.164
     * @param variables channel variables to set (e.g. the ticket the callback is for), passed to the call log
     */
    CompletableFuture<OriginateOutcome> originate(String server, String extension, String number,
            Map<String, String> variables);

    /** @param linkedId of the new call when it was placed; {@code reason} Asterisk's words when not */
    record OriginateOutcome(boolean placed, String linkedId, String reason) {
    }
}
