package com.helpdesk.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.helpdesk.pbxsim.PbxSimulator;
import com.helpdesk.pbxsim.agi.AgiScenario;

/**
 * The simulated Asterisk a test platform is connected to: started on a free port for the test
 * JVM's life (as long as the cached context using it), and the properties that point the AMI
 * bridge (and, if wanted, the FastAGI IVR on a free port) at it.
 */
public final class SimulatedPbx {

    public static final String USERNAME = "helpdesk";
    public static final String SECRET = "helpdesk-ami-dev";

    /**
     * A caller of kunlun's menu who reports a laptop fault (severity answers 2 then 1: level 2),
     * speaks a 20 s description, confirms it and asks for an agent after the ticket number.
     */
    public static final AgiScenario FAULT_REPORT_THEN_AGENT = AgiScenario.caller()
        .press("language", "2")
        .press("main-menu", "1")
        .press("identify", "0")
        .press("choose-product-line", "1")
        .press("severity-1", "2")
        .press("severity-2", "1")
        .speak(Duration.ofSeconds(20))
        .press("confirm-recording", "1")
        .press("after-ticket", "0");

    private SimulatedPbx() {
    }

    public static PbxSimulator start() {
        try {
            return PbxSimulator.start(0, USERNAME, SECRET);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server name of its own, so a lease left in Redis by another run never blocks this one. */
    public static String serverName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Points the bridge at {@code pbx} as server {@code server} answering {@code did}; the IVR on or off. */
    public static void register(DynamicPropertyRegistry registry, PbxSimulator pbx, String server, String did,
            boolean ivr) {
        registry.add("helpdesk.telephony.agi.enabled", () -> String.valueOf(ivr));
        registry.add("helpdesk.telephony.agi.port", () -> "0");
        registry.add("helpdesk.telephony.ami.enabled", () -> "true");
        registry.add("helpdesk.telephony.ami.lease-ttl", () -> "3s");
        registry.add("helpdesk.telephony.ami.servers[0].name", () -> server);
        registry.add("helpdesk.telephony.ami.servers[0].host", () -> "127.0.0.1");
        registry.add("helpdesk.telephony.ami.servers[0].port", pbx::port);
        registry.add("helpdesk.telephony.ami.servers[0].username", () -> USERNAME);
        registry.add("helpdesk.telephony.ami.servers[0].secret", () -> SECRET);
        registry.add("helpdesk.telephony.ami.servers[0].dids[0]", () -> did);
    }
}
