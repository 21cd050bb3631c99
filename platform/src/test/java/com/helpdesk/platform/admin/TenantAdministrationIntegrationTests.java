package com.helpdesk.platform.admin;

import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

@PlatformIntegrationTest
class TenantAdministrationIntegrationTests {

    static final String KUNLUN_HOTLINE = "+861088886666";
    static final String HUAXIN_HOTLINE = "+8657188889999";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void platformAdminCreatesTenantWithItsKeycloakOrganization() throws Exception {
        String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        String number = "+49 30 " + (10000000 + (int) (Math.random() * 8999999));

        Api.Reply created = api.post("/api/platform/tenants", tokens.of("platform-admin"), """
                {"slug": "%s", "name": "Acme Service %s", "timeZone": "Europe/Berlin", "locale": "en",
                 "hotlines": [{"number": "%s", "label": "Hotline"}]}""".formatted(slug, slug, number));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("hotlines").get(0).get("number").asString())
            .isEqualTo(number.replace(" ", ""));
        assertThat(organizationsNamed(slug)).contains("\"alias\":\"" + slug + "\"");
        assertThat(api.get("/api/platform/tenants/" + slug, tokens.of("platform-admin")).status()).isEqualTo(200);
    }

    @Test
    void aSecondTenantWithTheSameSlugIsRefused() {
        Api.Reply reply = api.post("/api/platform/tenants", tokens.of("platform-admin"), """
                {"slug": "kunlun", "name": "Copycat", "timeZone": "Asia/Shanghai", "locale": "zh-CN"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorFields(reply)).containsExactly("slug");
    }

    @Test
    void aTenantNamedLikeAnotherVendorsOrganizationIsRefused() {
        Api.Reply reply = api.post("/api/platform/tenants", tokens.of("platform-admin"), """
                {"slug": "kunlun-copy", "name": "Kunlun Computing", "timeZone": "Asia/Shanghai", "locale": "zh-CN"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorFields(reply)).containsExactly("name");
        assertThat(api.get("/api/platform/tenants/kunlun-copy", tokens.of("platform-admin")).status()).isEqualTo(404);
    }

    @Test
    void nonsenseTenantIsRefusedWithEveryFieldNamed() {
        Api.Reply reply = api.post("/api/platform/tenants", tokens.of("platform-admin"), """
                {"slug": "Bad Slug", "name": "", "timeZone": "Mars/Olympus", "locale": "fr",
                 "hotlines": [{"number": "12"}, {"number": "<script>"}, {"number": "+86 10 6666 1234", "label": "%s"}]}"""
                    .formatted("x".repeat(101)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(errorFields(reply)).containsExactlyInAnyOrder("slug", "name", "timeZone", "locale",
                "hotlines[0].number", "hotlines[1].number", "hotlines[2].label");
    }

    @Test
    void onlyPlatformAdminsManageTenants() {
        assertThat(api.get("/api/platform/tenants", tokens.of("kunlun-admin")).status()).isEqualTo(403);
        assertThat(api.get("/api/platform/tenants", tokens.of("kunlun-agent")).status()).isEqualTo(403);
        assertThat(api.get("/api/platform/tenants", tokens.of("platform-admin")).status()).isEqualTo(200);
    }

    @Test
    void tenantAdminSeesOnlyOwnHotlines() {
        Api.Reply kunlun = api.get("/api/admin/hotlines", tokens.of("kunlun-admin"));

        assertThat(kunlun.body()).contains(KUNLUN_HOTLINE).doesNotContain(HUAXIN_HOTLINE);
    }

    @Test
    void anotherVendorsHotlineCannotBeTakenNorRemoved() {
        Api.Reply taken = api.post("/api/admin/hotlines", tokens.of("kunlun-admin"),
                "{\"number\": \"0571 8888 9999\"}");
        Api.Reply removed = api.delete("/api/admin/hotlines/" + HUAXIN_HOTLINE, tokens.of("kunlun-admin"));

        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("errors").get(0).get("message").asString()).contains("another vendor");
        assertThat(removed.status()).isEqualTo(404);
        assertThat(api.get("/api/admin/hotlines", tokens.of("huaxin-admin")).body()).contains(HUAXIN_HOTLINE);
    }

    @Test
    void agentsCannotUseTheAdminApi() {
        assertThat(api.get("/api/admin/hotlines", tokens.of("kunlun-agent")).status()).isEqualTo(403);
        assertThat(api.put("/api/admin/tenant", tokens.of("kunlun-supervisor"),
                "{\"name\": \"x\", \"timeZone\": \"UTC\", \"locale\": \"en\"}").status()).isEqualTo(403);
    }

    @Test
    void suspendedTenantsStaffAreLockedOutUntilResumed() {
        String agent = tokens.of("sunhome-agent");
        try {
            assertThat(api.post("/api/platform/tenants/sunhome/suspend", tokens.of("platform-admin"), null).status())
                .isEqualTo(200);
            assertThat(api.get("/api/staff", agent).status()).isEqualTo(403);
        }
        finally {
            api.post("/api/platform/tenants/sunhome/resume", tokens.of("platform-admin"), null);
        }
        assertThat(api.get("/api/staff", agent).status()).isEqualTo(200);
    }

    @Test
    void adminActionsAreAudited() {
        api.put("/api/admin/tenant", tokens.of("huaxin-admin"),
                "{\"name\": \"Huaxin Networks\", \"timeZone\": \"Asia/Shanghai\", \"locale\": \"zh-CN\"}");

        assertThat(api.get("/api/audit-log", tokens.of("huaxin-supervisor")).body())
            .contains("tenant.settings-changed");
        assertThat(api.get("/api/audit-log", tokens.of("kunlun-supervisor")).body())
            .doesNotContain("huaxin-admin");
    }

    private String organizationsNamed(String alias) throws Exception {
        String issuer = tokens.issuer();
        String admin = issuer.replace("/realms/", "/admin/realms/") + "/organizations?search=" + alias;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(admin))
            .header("Authorization", "Bearer " + tokens.serviceAccount()).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
