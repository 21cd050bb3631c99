package com.helpdesk.pbxsim.pbx;

import java.util.Map;
import java.util.Optional;

/**
 * Runs the real IVR for a simulated call while it sits in the dialplan's {@code AGI()} step, as
 * Asterisk would: the call's ids go in, the channel variables the IVR set come out. Without a
 * driver the simulator only emits the AGI events of a short, scripted IVR.
 */
@FunctionalInterface
public interface IvrDriver {

    /**
     * @return the channel variables the IVR set (e.g. {@code HELPDESK_QUEUE}), or empty if the
     *         caller hung up in the IVR
     */
    Optional<Map<String, String>> run(String did, String callerNum, String channel, String uniqueId, String linkedId);
}
