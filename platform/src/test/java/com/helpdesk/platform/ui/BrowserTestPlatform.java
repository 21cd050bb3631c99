package com.helpdesk.platform.ui;

import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.helpdesk.pbxsim.PbxSimulator;
import com.helpdesk.platform.support.PlatformTestConfiguration;
import com.helpdesk.platform.support.SimulatedPbx;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallListener;

/**
 * The platform every browser test talks to: the whole application as {@code @PlatformIntegrationTest}
 * starts it, with its AMI bridge and FastAGI IVR wired to a simulated Asterisk, on the fixed port
 * {@value Browser#PORT}. The port is fixed because the browser signs in through Keycloak, whose
 * {@code helpdesk-web} client accepts redirects and token requests (CORS) only from the origins the
 * realm lists. All browser test classes extend this one class, so that they share one cached
 * application context: a second context could not bind the same port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "server.port=" + Browser.PORT)
@ActiveProfiles({ "demo", "test" })
@Import(PlatformTestConfiguration.class)
abstract class BrowserTestPlatform {

    static final String KUNLUN_DID = "+861088886666";
    static final String HUAXIN_DID = "+8657188889999";
    /** The simulated Asterisk's name: calls are named {@code <server>:<Linkedid>} across the platform. */
    static final String PBX_SERVER = SimulatedPbx.serverName("ui-sim");
    /** Lives as long as the test JVM, like the cached context connected to it. */
    static final PbxSimulator PBX = SimulatedPbx.start();

    @DynamicPropertySource
    static void telephony(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(registry, PBX, PBX_SERVER, KUNLUN_DID, true);
    }

    /**
     * Rings the agent at every poll until the page shows that call's card. A subscription takes
     * effect asynchronously after CONNECTED (STOMP acknowledges no SUBSCRIBE), so the first ring may
     * come too early; a ring-all queue re-announces a ringing call the same way, and the card is
     * idempotent on it. Passed to {@link Browser#await}.
     */
    static Function<WebDriver, Boolean> ringsUntilShown(CallListener calls, AgentRing ring) {
        String callId = ring.server() + ":" + ring.linkedId();
        return driver -> {
            calls.agentRinging(ring);
            return !driver.findElements(By.cssSelector(".pop[data-call-id='" + callId + "']")).isEmpty();
        };
    }

}
