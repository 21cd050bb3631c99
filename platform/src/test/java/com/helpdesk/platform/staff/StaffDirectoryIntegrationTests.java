package com.helpdesk.platform.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

@PlatformIntegrationTest
class StaffDirectoryIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void tenantComesFromTheTokensOrganization() {
        JsonNode me = api.get("/api/me", tokens.of("kunlun-agent")).json();

        assertThat(me.get("username").asString()).isEqualTo("kunlun-agent");
        assertThat(me.get("tenant").get("slug").asString()).isEqualTo("kunlun");
        assertThat(me.get("roles").toString()).contains("agent");
    }

    @Test
    void agentReadsOwnTenantsStaffRecord() {
        String id = idOf("kunlun-agent");

        Api.Reply reply = api.get("/api/staff/" + id, tokens.of("kunlun-agent"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("username").asString()).isEqualTo("kunlun-agent");
    }

    @Test
    void anotherTenantsTokenGets404ForTheSameRecord() {
        String id = idOf("kunlun-agent");

        Api.Reply reply = api.get("/api/staff/" + id, tokens.of("huaxin-agent"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:not-found");
        assertThat(reply.body()).doesNotContain("kunlun-agent");
    }

    @Test
    void staffListShowsOnlyTheCallersTenant() {
        idOf("kunlun-agent");
        idOf("huaxin-agent");

        List<String> names = new ArrayList<>();
        api.get("/api/staff", tokens.of("huaxin-supervisor")).json()
            .forEach(colleague -> names.add(colleague.get("username").asString()));

        assertThat(names).contains("huaxin-agent").allMatch(name -> name.startsWith("huaxin-"));
    }

    @Test
    void requestWithoutTokenGets401ProblemDetails() {
        Api.Reply reply = api.get("/api/staff", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void malformedIdIsA400ProblemNamingTheField() {
        Api.Reply reply = api.get("/api/staff/not-a-uuid", tokens.of("kunlun-agent"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:validation");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void platformAdminWithoutOrganizationCannotReadTenantData() {
        Api.Reply reply = api.get("/api/staff", tokens.of("platform-admin"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:no-tenant");
    }

    /** Calling the API registers the user in its tenant; {@code /api/me} tells the id. */
    private String idOf(String username) {
        return api.get("/api/me", tokens.of(username)).json().get("id").asString();
    }
}
