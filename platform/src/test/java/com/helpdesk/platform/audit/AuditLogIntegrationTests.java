package com.helpdesk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

@PlatformIntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void supervisorSeesOnlyOwnTenantsEntries() {
        api.get("/api/me", tokens.of("huaxin-agent"));
        api.get("/api/me", tokens.of("kunlun-agent"));

        List<String> actors = new ArrayList<>();
        api.get("/api/audit-log?limit=500", tokens.of("kunlun-supervisor")).json()
            .forEach(entry -> actors.add(entry.get("actorName").asString()));

        assertThat(actors).contains("kunlun-agent").noneMatch(actor -> actor.startsWith("huaxin-"));
    }

    @Test
    void limitOutOfRangeIsAValidationProblem() {
        Api.Reply reply = api.get("/api/audit-log?limit=100000", tokens.of("kunlun-supervisor"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }
}
