package com.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * A genuine token past its expiry is refused. Keycloak's tokens live five minutes and the check
 * allows a minute of clock skew, so instead of waiting this platform's token clock runs ten
 * minutes ahead: every fresh token from Keycloak is, to it, expired.
 */
@PlatformIntegrationTest
class ExpiredTokenIntegrationTests {

    @TestBean(name = "tokenClock")
    TokenDecoding.TokenClock tokenClock;

    static TokenDecoding.TokenClock tokenClock() {
        return new TokenDecoding.TokenClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
    }

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void anExpiredKeycloakTokenGets401SayingSo() {
        Api.Reply reply = api.get("/api/me", tokens.fetch("helpdesk-cli", "kunlun-agent", KeycloakTokens.DEMO_PASSWORD));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.header("WWW-Authenticate")).contains("invalid_token").containsIgnoringCase("expired");
    }
}
