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
    void adminActionsOnPartnersAndStaffAreRecordedWithTheirActor() {
        String supervisor = tokens.of("kunlun-supervisor");
        Api.Reply created = api.post("/api/partners", supervisor, """
                {"name": "审计测试服务站", "regionCodes": ["110000"], "acceptWithin": "PT2H"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String partner = created.json().get("id").asString();
        assertThat(api.post("/api/partners/" + partner + "/deactivate", supervisor, "{}").status()).isEqualTo(200);
        String agent = api.get("/api/me", tokens.of("kunlun-agent2")).json().get("id").asString();
        String extension = api.get("/api/staff/" + agent, supervisor).json().get("extension").asString();
        assertThat(api.put("/api/staff/" + agent + "/extension", supervisor,
                "{\"extension\": \"%s\"}".formatted(extension)).status()).isEqualTo(200);

        List<String> entries = new ArrayList<>();
        api.get("/api/audit-log?limit=500", supervisor).json().forEach(entry -> entries.add(
                entry.get("actorName").asString() + " " + entry.get("action").asString() + " "
                        + entry.get("targetId").asString()));

        assertThat(entries).contains("kunlun-supervisor partner.created " + partner,
                "kunlun-supervisor partner.deactivated " + partner,
                "kunlun-supervisor staff.extension-assigned " + agent);
    }

    @Test
    void limitOutOfRangeIsAValidationProblem() {
        Api.Reply reply = api.get("/api/audit-log?limit=100000", tokens.of("kunlun-supervisor"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }
}
