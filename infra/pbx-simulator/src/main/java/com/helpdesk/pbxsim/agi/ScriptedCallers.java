package com.helpdesk.pbxsim.agi;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.helpdesk.pbxsim.pbx.IvrDriver;

/**
 * Callers who go through the real IVR at {@code host:port} by a fixed scenario, for the demo, the
 * load runs and tests: each simulated call's AGI() step becomes a FastAGI session driven by it. A
 * session that fails is logged and counts as a hang-up.
 */
public final class ScriptedCallers implements IvrDriver {

    private final FastAgiClient client;
    private final String address;
    private final AgiScenario scenario;
    private final Consumer<AgiTranscript> heard;

    /** {@code script} as {@link AgiScenario#parse} reads it. */
    public ScriptedCallers(String host, int port, String script) {
        this(host, port, AgiScenario.parse(script), transcript -> { });
    }

    /** {@code heard} receives each session's transcript (what the IVR said, what it set). */
    public ScriptedCallers(String host, int port, AgiScenario scenario, Consumer<AgiTranscript> heard) {
        this.client = new FastAgiClient(host, port);
        this.address = host + ":" + port;
        this.scenario = scenario;
        this.heard = heard;
    }

    @Override
    public Optional<Map<String, String>> run(String did, String callerNum, String channel, String uniqueId,
            String linkedId) {
        try {
            AgiTranscript transcript = client.call(new AgiCallSetup(did, callerNum, "", uniqueId, linkedId, channel,
                    Map.of()), scenario);
            heard.accept(transcript);
            return transcript.callerHungUp() ? Optional.empty() : Optional.of(transcript.variables());
        }
        catch (IOException | RuntimeException e) {
            System.err.println("pbx-simulator: the IVR at " + address + " failed for call " + linkedId + ": " + e);
            return Optional.empty();
        }
    }
}
