package com.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * Limits small enough to meet within a test (a user 3 requests a minute, a tenant 5, an address
 * without a token 2), in buckets of this run's own in Redis. Each test spends a different
 * tenant's buckets, so their order does not matter.
 */
@PlatformIntegrationTest
class RateLimitIntegrationTests {

    @DynamicPropertySource
    static void smallLimits(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.rate-limit.key-prefix", () -> "helpdesk-test:rate:" + UUID.randomUUID() + ":");
        limit(registry, "per-user", 3);
        limit(registry, "per-tenant", 5);
        limit(registry, "per-address", 2);
    }

    private static void limit(DynamicPropertyRegistry registry, String which, int perMinute) {
        registry.add("helpdesk.rate-limit." + which + ".requests", () -> perMinute);
        registry.add("helpdesk.rate-limit." + which + ".per", () -> "1m");
        registry.add("helpdesk.rate-limit." + which + ".burst", () -> perMinute);
    }

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aUserOverTheirLimitGets429WithRetryAfterWhileTheirColleagueGoesOn() {
        String agent = tokens.of("sunhome-agent");
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/me", agent).status()).isEqualTo(200);
        }

        Api.Reply refused = api.get("/api/me", agent);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(api.get("/api/me", tokens.of("sunhome-supervisor")).status()).isEqualTo(200);
    }

    @Test
    void aTenantOverItsLimitIsRefusedForAllItsUsersButNotForOtherTenants() {
        String agent = tokens.of("kunlun-agent");
        String supervisor = tokens.of("kunlun-supervisor");
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/me", agent).status()).isEqualTo(200);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(api.get("/api/me", supervisor).status()).isEqualTo(200);
        }

        Api.Reply refused = api.get("/api/me", tokens.of("kunlun-admin"));

        assertThat(refused.status()).as("the tenant's sixth request this minute").isEqualTo(429);
        assertThat(refused.json().get("detail").asString()).contains("your organization");
        assertThat(api.get("/api/me", tokens.of("huaxin-agent")).status()).isEqualTo(200);
    }

    @Test
    void requestsWithoutATokenAreLimitedByAddress() {
        assertThat(api.get("/api/tickets", null).status()).isEqualTo(401);
        assertThat(api.get("/api/tickets", null).status()).isEqualTo(401);

        Api.Reply refused = api.get("/api/tickets", null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").asString()).contains("your address");
    }
}
