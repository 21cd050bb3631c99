package com.helpdesk.platform.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Beans that tests share: a client for the running platform and tokens from the real Keycloak. */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestConfiguration {

    @Bean
    KeycloakTokens keycloakTokens(@Value("${helpdesk.keycloak.issuer}") String issuer) {
        return new KeycloakTokens(issuer);
    }

    /** The port is known only once the server runs, so it is looked up at the first call. */
    @Bean
    Api api(Environment environment) {
        return new Api(() -> "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
    }
}
