package com.helpdesk.platform.partner;

import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.tenantadmin.TenantId;

/** Who covers a customer's region: the district's own partner before the city's before the province's. */
@PlatformIntegrationTest
class PartnerSuggestionsIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    TenantDirectory tenants;

    @Test
    void suggestsTheMostSpecificPartnerFirstThenByName() {
        String admin = tokens.of("kunlun-admin");
        String district = PartnerFixtures.district();
        String marker = PartnerFixtures.marker();
        String provinceB = PartnerFixtures.create(api, admin, marker + " B province", PartnerFixtures.province(district));
        String provinceA = PartnerFixtures.create(api, admin, marker + " A province", PartnerFixtures.province(district));
        String city = PartnerFixtures.create(api, admin, marker + " Z city", PartnerFixtures.city(district));
        String own = PartnerFixtures.create(api, admin, marker + " Z district", "110000", district);
        String neighbour = PartnerFixtures.create(api, admin, marker + " neighbour",
                district.substring(0, 4) + (district.endsWith("20") ? "19" : "20"));
        String inactive = PartnerFixtures.create(api, admin, marker + " inactive", district);
        api.post("/api/partners/" + inactive + "/deactivate", admin, null);

        JsonNode suggestions = api.get("/api/partners/suggestions?regionCode=" + district, tokens.of("kunlun-agent"))
            .json();

        List<String> ours = PartnerFixtures.suggestedIds(suggestions).stream()
            .filter(List.of(provinceB, provinceA, city, own, neighbour, inactive)::contains).toList();
        assertThat(ours).containsExactly(own, city, provinceA, provinceB);
        assertThat(suggestions.get(0).get("coveredBy").asString()).isEqualTo(district);
        assertThat(suggestions.get(0).get("partner").get("acceptWithin").asString()).isEqualTo("PT2H");
    }

    @Test
    void theDirectoryAnswersTheSameForDispatching() {
        String admin = tokens.of("kunlun-admin");
        String district = PartnerFixtures.district();
        String marker = PartnerFixtures.marker();
        String province = PartnerFixtures.create(api, admin, marker + " province", PartnerFixtures.province(district));
        String own = PartnerFixtures.create(api, admin, marker + " district", district);

        List<PartnerSuggestion> found = directory.coveringRegion(kunlun(), district);

        List<String> ours = found.stream().map(s -> s.partner().id().toString())
            .filter(List.of(province, own)::contains).toList();
        assertThat(ours).containsExactly(own, province);
        assertThat(found).allMatch(s -> s.partner().active());
    }

    @Test
    void theDemoBeijingPartnerCoversChaoyang() {
        JsonNode suggestions = api.get("/api/partners/suggestions?regionCode=110105", tokens.of("kunlun-agent")).json();

        assertThat(PartnerFixtures.suggestedIds(suggestions)).contains("7a1f0c3e-0000-4000-8001-000000000101");
        assertThat(PartnerFixtures.suggestedIds(suggestions)).doesNotContain("7a1f0c3e-0000-4000-8001-000000000102");
    }

    @Test
    void theRegionCodeIsAFieldOfTheProblem() {
        String agent = tokens.of("kunlun-agent");

        Api.Reply missing = api.get("/api/partners/suggestions", agent);
        Api.Reply malformed = api.get("/api/partners/suggestions?regionCode=11010%27%20or%201=1", agent);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(errorFields(missing)).containsExactly("regionCode");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(errorFields(malformed)).containsExactly("regionCode");
    }

    @Test
    void findsThePartnerOfAUserWhileItIsActive() {
        String admin = tokens.of("kunlun-admin");
        String username = "tech-" + PartnerFixtures.marker();
        Api.Reply created = api.post("/api/partners", admin, """
                {"name": "People", "regionCodes": ["110000"], "acceptWithin": "PT2H", "usernames": ["%s"]}"""
            .formatted(username));
        String id = created.json().get("id").asString();

        assertThat(directory.partnerOfUser(kunlun(), username.toUpperCase())).map(p -> p.id().toString())
            .contains(id);
        assertThat(directory.partnerOfUser(tenant("huaxin"), username)).isEmpty();
        api.post("/api/partners/" + id + "/deactivate", admin, null);
        assertThat(directory.partnerOfUser(kunlun(), username)).isEmpty();
        assertThat(directory.find(kunlun(), UUID.fromString(id))).map(Partner::active).contains(false);
        assertThat(directory.find(tenant("huaxin"), UUID.fromString(id))).isEmpty();
    }

    private TenantId kunlun() {
        return tenant("kunlun");
    }

    private TenantId tenant(String slug) {
        return tenants.findBySlug(slug).orElseThrow().id();
    }
}
