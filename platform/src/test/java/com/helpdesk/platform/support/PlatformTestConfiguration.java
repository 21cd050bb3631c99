package com.helpdesk.platform.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Beans that tests share: a client for the running platform and tokens from the real Keycloak. */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestConfiguration {

    @Bean
    KeycloakTokens keycloakTokens(@Value("${helpdesk.keycloak.issuer}") String issuer) {
        return new KeycloakTokens(issuer);
    }

    @Bean
    Api api(@Value("${local.server.port}") int port) {
        return new Api("http://127.0.0.1:" + port);
    }
}
