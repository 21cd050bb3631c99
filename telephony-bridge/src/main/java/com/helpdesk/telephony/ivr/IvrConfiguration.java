package com.helpdesk.telephony.ivr;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FastAGI IVR, when {@code helpdesk.telephony.agi.enabled=true}: its server and script, on the
 * {@link IvrBackend} the application provides. Off by default, so a node (or a test) that has no
 * Asterisk in front of it opens no port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "helpdesk.telephony.agi", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(FastAgiProperties.class)
class IvrConfiguration {

    @Bean
    IvrServer ivrServer(FastAgiProperties properties, IvrBackend backend, ObjectProvider<Clock> clock) {
        return new IvrServer(properties, new IvrScript(backend, properties, clock.getIfAvailable(Clock::systemUTC)));
    }
}
