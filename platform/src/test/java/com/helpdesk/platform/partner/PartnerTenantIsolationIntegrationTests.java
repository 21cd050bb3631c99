package com.helpdesk.platform.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** What kunlun keeps as its partners is invisible and untouchable for huaxin, on every route. */
@PlatformIntegrationTest
class PartnerTenantIsolationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    String kunlun;
    String huaxin;
    String district;
    String name;
    String partner;

    @BeforeEach
    void kunlunHasAPartner() {
        kunlun = tokens.of("kunlun-admin");
        huaxin = tokens.of("huaxin-admin");
        district = PartnerFixtures.district();
        name = "Isolated " + PartnerFixtures.marker();
        partner = PartnerFixtures.create(api, kunlun, name, district);
    }

    @Test
    void anotherTenantsPartnerIsNotFoundById() {
        assertThat(api.get("/api/partners/" + partner, huaxin).status()).isEqualTo(404);
        assertThat(api.get("/api/partners/" + partner, tokens.of("huaxin-agent")).status()).isEqualTo(404);
        assertThat(api.get("/api/partners/" + partner, kunlun).status()).isEqualTo(200);
    }

    @Test
    void anotherTenantsPartnerIsInNoListOrSuggestion() {
        JsonNode listed = api.get("/api/partners?size=100&regionCode=" + district, huaxin).json();
        JsonNode all = api.get("/api/partners?size=100", huaxin).json();
        JsonNode suggested = api.get("/api/partners/suggestions?regionCode=" + district, huaxin).json();

        assertThat(PartnerFixtures.values(listed.get("items"), "id")).doesNotContain(partner);
        assertThat(PartnerFixtures.values(all.get("items"), "id")).doesNotContain(partner);
        assertThat(all.toString()).doesNotContain(name);
        assertThat(PartnerFixtures.suggestedIds(suggested)).doesNotContain(partner);
        assertThat(PartnerFixtures.suggestedIds(api.get("/api/partners/suggestions?regionCode=" + district, kunlun)
            .json())).contains(partner);
    }

    @Test
    void anotherTenantsPartnerCannotBeChangedDeactivatedOrActivated() {
        String change = """
                {"version": 0, "name": "taken over", "regionCodes": ["%s"], "acceptWithin": "PT5M"}"""
            .formatted(district);

        assertThat(api.put("/api/partners/" + partner, huaxin, change).status()).isEqualTo(404);
        assertThat(api.post("/api/partners/" + partner + "/deactivate", huaxin, null).status()).isEqualTo(404);
        assertThat(api.post("/api/partners/" + partner + "/activate", huaxin, null).status()).isEqualTo(404);

        JsonNode unchanged = api.get("/api/partners/" + partner, kunlun).json();
        assertThat(unchanged.get("name").asString()).isEqualTo(name);
        assertThat(unchanged.get("version").asInt()).isZero();
        assertThat(unchanged.get("active").asBoolean()).isTrue();
    }

    @Test
    void aTenantOrIdInTheBodyIsIgnored() {
        Api.Reply created = api.post("/api/partners", huaxin, """
                {"tenantId": "7a1f0c3e-0000-4000-8000-000000000001", "id": "%s", "name": "Huaxin's own",
                 "regionCodes": ["%s"], "acceptWithin": "PT2H"}""".formatted(partner, district));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(id).isNotEqualTo(partner);
        assertThat(api.get("/api/partners/" + id, kunlun).status()).isEqualTo(404);
        assertThat(api.get("/api/partners/" + partner, kunlun).json().get("name").asString()).isEqualTo(name);
        assertThat(PartnerFixtures.suggestedIds(api.get("/api/partners/suggestions?regionCode=" + district, kunlun)
            .json())).contains(partner).doesNotContain(id);
    }

    @Test
    void aUsernameOfAnotherTenantsPartnerIsFreeHere() {
        String username = "shared-" + PartnerFixtures.marker();
        String body = """
                {"name": "Same person", "regionCodes": ["110000"], "acceptWithin": "PT2H", "usernames": ["%s"]}"""
            .formatted(username);

        assertThat(api.post("/api/partners", kunlun, body).status()).isEqualTo(201);
        Api.Reply huaxins = api.post("/api/partners", huaxin, body);

        assertThat(huaxins.status()).as("the check must not reveal another tenant's partners: " + huaxins.body())
            .isEqualTo(201);
    }
}
