package com.helpdesk.platform.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;

/** Extensions tie desk phones to staff, within one tenant; the demo agents get theirs at first sign-in. */
@PlatformIntegrationTest
class AgentExtensionIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    StaffDirectory directory;

    @Autowired
    TenantDirectory tenants;

    @Test
    void demoAgentsGetTheirConfiguredExtensionAndAreFoundByIt() {
        String agent = tokens.of("kunlun-agent");
        String id = api.get("/api/me", agent).json().get("id").asString();

        assertThat(api.get("/api/staff/" + id, agent).json().get("extension").asString()).isEqualTo("2001");
        assertThat(directory.agentAt(tenant("kunlun"), "2001")).get()
            .extracting(StaffDirectory.Agent::userId).isEqualTo(UUID.fromString(id));
        assertThat(directory.agentAt(tenant("huaxin"), "2001")).isEmpty();
    }

    @Test
    void supervisorsAssignExtensionsAgentsDoNot() {
        String supervisor = tokens.of("huaxin-supervisor");
        String agent = tokens.of("huaxin-agent");
        String agentId = api.get("/api/me", agent).json().get("id").asString();
        String path = "/api/staff/" + agentId + "/extension";

        assertThat(api.put(path, agent, "{\"extension\": \"4555\"}").status()).isEqualTo(403);
        assertThat(Api.errorFields(api.put(path, supervisor, "{\"extension\": \"12ab\"}"))).containsExactly("extension");
        assertThat(api.put(path, tokens.of("kunlun-supervisor"), "{\"extension\": \"4555\"}").status())
            .as("another tenant's member is not found").isEqualTo(404);
        assertThat(api.put(path, supervisor, "{\"extension\": \"4555\"}").json().get("extension").asString())
            .isEqualTo("4555");
        assertThat(directory.agentAt(tenant("huaxin"), "4555")).isPresent();

        assertThat(api.put(path, supervisor, "{\"extension\": \"4001\"}").status()).isEqualTo(200);
        assertThat(directory.agentAt(tenant("huaxin"), "4555")).isEmpty();
    }

    private com.helpdesk.tenantadmin.TenantId tenant(String slug) {
        return tenants.findBySlug(slug).orElseThrow().id();
    }
}
