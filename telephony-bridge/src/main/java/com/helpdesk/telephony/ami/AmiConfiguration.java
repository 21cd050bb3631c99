package com.helpdesk.telephony.ami;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.UnifiedJedis;

import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.Dialer;

/**
 * The AMI beans, found by the platform's component scan. The Redis client and the
 * {@link CallListener} are the platform's; they are needed only when the bridge is enabled.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AmiProperties.class)
class AmiConfiguration {

    @Bean
    AmiBridge amiBridge(AmiProperties properties, ObjectProvider<UnifiedJedis> redis,
            ObjectProvider<CallListener> listener) {
        if (!properties.enabled()) {
            return new AmiBridge(properties, null, null);
        }
        return new AmiBridge(properties, redis.getObject(), listener.getObject());
    }

    @Bean
    Dialer amiDialer(AmiBridge bridge) {
        return new AmiDialer(bridge);
    }
}
