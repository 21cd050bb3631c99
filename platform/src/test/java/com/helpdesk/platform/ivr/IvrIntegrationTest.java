package com.helpdesk.platform.ivr;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.helpdesk.platform.support.ForwardClock;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * The whole platform with its FastAGI IVR listening on a free port, and a clock the test moves
 * into or out of a tenant's service hours. One context for every IVR test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@TestPropertySource(properties = { "helpdesk.telephony.agi.enabled=true", "helpdesk.telephony.agi.port=0" })
@Import({ ForwardClock.Configuration.class, IvrFixtures.class })
@interface IvrIntegrationTest {
}
