package com.helpdesk.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

@PlatformIntegrationTest
class HealthIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void healthCoversEveryRealService() {
        Api.Reply reply = api.get("/actuator/health", null);
        JsonNode components = reply.json().get("components");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
        for (String service : new String[] { "db", "redis", "elasticsearch", "keycloak" }) {
            assertThat(components.get(service)).as(service).isNotNull();
            assertThat(components.get(service).get("status").asString()).as(service).isEqualTo("UP");
        }
    }

    @Test
    void openApiDescribesTheApi() {
        Api.Reply reply = api.get("/v3/api-docs", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("paths").has("/api/staff/{id}")).isTrue();
        assertThat(reply.body()).contains("bearer");
    }

    @Test
    void everyResponseCarriesARequestIdAndHostileOnesAreReplaced() {
        Api.Reply given = api.get("/actuator/health", null, java.util.Map.of("X-Request-Id", "abc-123"));
        Api.Reply hostile = api.get("/actuator/health", null,
                java.util.Map.of("X-Request-Id", "<script>alert(1)</script>"));

        assertThat(given.header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(hostile.header("X-Request-Id")).doesNotContain("<").hasSize(36);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        Api.Reply page = api.get("/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'")
            .contains("frame-ancestors 'none'")
            .doesNotContain("unsafe-inline");
    }

    @Test
    void unknownRouteIsA404Problem() {
        Api.Reply reply = api.get("/api/no-such-thing", tokens.of("kunlun-agent"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:not-found");
    }
}
