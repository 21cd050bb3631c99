package com.helpdesk.platform.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.helpdesk.pbxsim.PbxSimulator;

/**
 * The platform wired to one simulated Asterisk answering kunlun's hotline, AMI bridge and FastAGI
 * IVR on. Test classes that drive whole calls extend it, so that they share one cached application
 * context (each context of its own would start the platform again). The simulator lives as long as
 * the test JVM, like the cached context connected to it.
 */
@PlatformIntegrationTest
public abstract class SimulatedPbxPlatform {

    public static final String KUNLUN_DID = "+861088886666";
    public static final String SERVER = SimulatedPbx.serverName("sim");
    public static final PbxSimulator PBX = SimulatedPbx.start();

    @DynamicPropertySource
    static void telephony(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(registry, PBX, SERVER, KUNLUN_DID, true);
    }
}
