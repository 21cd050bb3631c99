package com.helpdesk.telephony.ami;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.helpdesk.telephony.call.Dialer;

/**
 * Click-to-call over AMI, from any node: the node holding the server's connection sends the
 * Originate itself, the others hand it over through Redis ({@link OriginateRelay}). Unknown servers
 * and a disabled bridge answer "not placed" with the reason.
 */
final class AmiDialer implements Dialer {

    private final AmiBridge bridge;

    AmiDialer(AmiBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Optional<String> serverFor(String did) {
        return bridge.serverServing(did);
    }

    @Override
    public CompletableFuture<OriginateOutcome> originate(String server, String extension, String number,
            Map<String, String> variables) {
        return bridge.link(server)
                .map(link -> link.originate(extension, number, variables == null ? Map.of() : variables))
                .orElseGet(() -> CompletableFuture.completedFuture(
                        new OriginateOutcome(false, "", "no AMI connection configured for server " + server)));
    }
}
