package com.helpdesk.pbxsim.ami;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What the AMI server asks of the simulated PBX: its live channels and placing calls. */
public interface PbxBackend {

    /**
     * Runs {@code action} while no event is being emitted, so that a channel listing and the events
     * around it reach the client in the order the PBX lived them.
     */
    void exclusive(Runnable action);

    /** One {@code CoreShowChannel} event per live channel, each carrying {@code actionId}. */
    List<AmiFrame> coreShowChannels(String actionId);

    /** One {@code Status} event per live channel, each carrying {@code actionId}. */
    List<AmiFrame> status(String actionId);

    /**
     * Places a call as the {@code Originate} action asks. The future completes with whether the
     * originated channel answered; the PBX itself sends {@code OriginateResponse} for async requests.
     */
    CompletableFuture<Boolean> originate(AmiFrame action, String actionId, boolean async);
}
