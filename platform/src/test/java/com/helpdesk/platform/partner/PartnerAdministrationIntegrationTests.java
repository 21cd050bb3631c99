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

/** Partners through the API: create, read, list, change with optimistic locking, deactivate; who may do what. */
@PlatformIntegrationTest
class PartnerAdministrationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void createsAndReadsAPartnerWithItsPhoneInE164() {
        String admin = tokens.of("kunlun-admin");
        String username = "bj-" + PartnerFixtures.marker();

        Api.Reply created = api.post("/api/partners", admin, """
                {"name": "北京朝阳维修站", "regionCodes": ["110105", "110108"], "acceptWithin": "PT2H",
                 "usernames": ["%s"], "phone": "010-6666 8888", "active": false, "version": 7}""".formatted(username));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/partners/" + id);
        JsonNode read = api.get("/api/partners/" + id, tokens.of("kunlun-agent")).json();
        assertThat(read.get("name").asString()).isEqualTo("北京朝阳维修站");
        assertThat(PartnerFixtures.strings(read.get("regionCodes"))).containsExactly("110105", "110108");
        assertThat(read.get("acceptWithin").asString()).isEqualTo("PT2H");
        assertThat(PartnerFixtures.strings(read.get("usernames"))).containsExactly(username);
        assertThat(read.get("phone").asString()).isEqualTo("+861066668888");
        assertThat(read.get("active").asBoolean()).isTrue();
        assertThat(read.get("version").asInt()).isZero();
    }

    @Test
    void answersEveryBadFieldAtOnceAsAValidationProblem() {
        Api.Reply reply = api.post("/api/partners", tokens.of("kunlun-supervisor"), """
                {"name": "", "regionCodes": ["110000", "1100", "110000"], "acceptWithin": "PT1M",
                 "usernames": ["has space"], "phone": "12345"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:validation");
        assertThat(errorFields(reply)).containsExactlyInAnyOrder("name", "regionCodes[1]", "regionCodes[2]",
                "acceptWithin", "usernames[0]", "phone");
    }

    @Test
    void badShapesAndBadJsonAreValidationProblemsNotServerErrors() {
        String supervisor = tokens.of("kunlun-supervisor");

        Api.Reply codesAsText = api.post("/api/partners", supervisor, """
                {"name": "X", "regionCodes": "110000", "acceptWithin": "PT2H"}""");
        Api.Reply durationAsObject = api.post("/api/partners", supervisor, """
                {"name": "X", "regionCodes": ["110000"], "acceptWithin": {"hours": 2}}""");
        Api.Reply notJson = api.post("/api/partners", supervisor, "{\"name\": ");
        Api.Reply badQuery = api.get("/api/partners?active=maybe&page=x", supervisor);
        Api.Reply badId = api.get("/api/partners/not-an-id", supervisor);

        assertThat(codesAsText.status()).isEqualTo(400);
        assertThat(errorFields(codesAsText)).containsExactly("regionCodes");
        assertThat(durationAsObject.status()).isEqualTo(400);
        assertThat(errorFields(durationAsObject)).containsExactly("acceptWithin");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.isProblem()).isTrue();
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.isProblem()).isTrue();
        assertThat(badId.status()).isEqualTo(400);
        assertThat(errorFields(badId)).containsExactly("id");
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOneWith409() {
        String admin = tokens.of("kunlun-admin");
        String id = PartnerFixtures.create(api, admin, "Locking " + PartnerFixtures.marker(), "120000");
        String change = """
                {"version": 0, "name": "天津服务站", "regionCodes": ["120000", "130100"], "acceptWithin": "PT90M"}""";

        Api.Reply first = api.put("/api/partners/" + id, admin, change);
        Api.Reply stale = api.put("/api/partners/" + id, tokens.of("kunlun-supervisor"),
                change.replace("天津服务站", "overwritten"));
        Api.Reply noVersion = api.put("/api/partners/" + id, admin, change.replace("\"version\": 0, ", ""));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("acceptWithin").asString()).isEqualTo("PT1H30M");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:conflict");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(errorFields(noVersion)).containsExactly("version");
        JsonNode read = api.get("/api/partners/" + id, admin).json();
        assertThat(read.get("name").asString()).isEqualTo("天津服务站");
        assertThat(PartnerFixtures.strings(read.get("regionCodes"))).containsExactly("120000", "130100");
    }

    @Test
    void anUnknownPartnerIs404() {
        String admin = tokens.of("kunlun-admin");
        String unknown = "/api/partners/" + UUID.randomUUID();

        assertThat(api.get(unknown, admin).status()).isEqualTo(404);
        assertThat(api.put(unknown, admin, """
                {"version": 0, "name": "X", "regionCodes": ["110000"], "acceptWithin": "PT2H"}""").status())
            .isEqualTo(404);
        assertThat(api.post(unknown + "/deactivate", admin, null).status()).isEqualTo(404);
    }

    @Test
    void aUsernameBelongsToOnePartnerOfTheTenantOnly() {
        String admin = tokens.of("kunlun-admin");
        String username = "engineer-" + PartnerFixtures.marker();
        Api.Reply first = api.post("/api/partners", admin, """
                {"name": "First", "regionCodes": ["110000"], "acceptWithin": "PT2H", "usernames": ["%s"]}"""
            .formatted(username));
        String id = first.json().get("id").asString();

        Api.Reply second = api.post("/api/partners", admin, """
                {"name": "Second", "regionCodes": ["120000"], "acceptWithin": "PT2H", "usernames": ["x-%s", "%s"]}"""
            .formatted(username, username.toUpperCase()));
        Api.Reply sameAgain = api.put("/api/partners/" + id, admin, """
                {"version": 0, "name": "First renamed", "regionCodes": ["110000"], "acceptWithin": "PT2H",
                 "usernames": ["%s"]}""".formatted(username));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(400);
        assertThat(errorFields(second)).containsExactly("usernames[1]");
        assertThat(second.json().get("errors").get(0).get("message").asString()).contains("First");
        assertThat(sameAgain.status()).as(sameAgain.body()).isEqualTo(200);
    }

    @Test
    void deactivatingKeepsThePartnerButStopsSuggestingIt() {
        String supervisor = tokens.of("kunlun-supervisor");
        String district = PartnerFixtures.district();
        String id = PartnerFixtures.create(api, supervisor, "Deactivated " + PartnerFixtures.marker(), district);
        assertThat(PartnerFixtures.suggestedIds(api.get("/api/partners/suggestions?regionCode=" + district,
                supervisor).json())).contains(id);

        Api.Reply deactivated = api.post("/api/partners/" + id + "/deactivate", supervisor, null);
        Api.Reply again = api.post("/api/partners/" + id + "/deactivate", supervisor, null);

        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("version").asInt()).isEqualTo(1);
        assertThat(again.json().get("version").asInt()).isEqualTo(1);
        assertThat(PartnerFixtures.suggestedIds(api.get("/api/partners/suggestions?regionCode=" + district,
                supervisor).json())).doesNotContain(id);
        assertThat(PartnerFixtures.values(api.get("/api/partners?active=false&regionCode=" + district + "&size=100",
                supervisor).json().get("items"), "id")).contains(id);
        assertThat(PartnerFixtures.values(api.get("/api/partners?active=true&regionCode=" + district + "&size=100",
                supervisor).json().get("items"), "id")).doesNotContain(id);

        Api.Reply activated = api.post("/api/partners/" + id + "/activate", supervisor, null);
        assertThat(activated.json().get("active").asBoolean()).isTrue();
        assertThat(activated.json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void listsPartnersCoveringARegionPageByPageByName() {
        String admin = tokens.of("kunlun-admin");
        String district = PartnerFixtures.district();
        String marker = PartnerFixtures.marker();
        String c = PartnerFixtures.create(api, admin, "List " + marker + " c", PartnerFixtures.province(district));
        String a = PartnerFixtures.create(api, admin, "List " + marker + " a", district);
        String b = PartnerFixtures.create(api, admin, "List " + marker + " b", PartnerFixtures.city(district));
        String elsewhere = PartnerFixtures.create(api, admin, "List " + marker + " elsewhere",
                PartnerFixtures.city(district).substring(0, 2) + "9999");

        JsonNode all = api.get("/api/partners?regionCode=" + district + "&size=100", admin).json();
        JsonNode first = api.get("/api/partners?regionCode=" + district + "&size=1", admin).json();

        List<String> ours = PartnerFixtures.values(all.get("items"), "id").stream()
            .filter(List.of(a, b, c, elsewhere)::contains).toList();
        assertThat(ours).containsExactly(a, b, c);
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("total").asLong()).isEqualTo(all.get("total").asLong()).isGreaterThanOrEqualTo(3);
        Api.Reply badPage = api.get("/api/partners?size=101&regionCode=12", admin);
        assertThat(errorFields(badPage)).containsExactlyInAnyOrder("size", "regionCode");
    }

    @Test
    void agentsReadButOnlySupervisorsAndAdminsKeepPartners() {
        String admin = tokens.of("kunlun-admin");
        String agent = tokens.of("kunlun-agent");
        String id = PartnerFixtures.create(api, admin, "Roles " + PartnerFixtures.marker(), "440300");
        String body = """
                {"name": "By an agent", "regionCodes": ["440300"], "acceptWithin": "PT2H"}""";

        Api.Reply created = api.post("/api/partners", agent, body);
        Api.Reply changed = api.put("/api/partners/" + id, agent, body.replace("{", "{\"version\": 0, "));
        Api.Reply deactivated = api.post("/api/partners/" + id + "/deactivate", agent, null);

        for (Api.Reply refused : new Api.Reply[] { created, changed, deactivated }) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:forbidden");
        }
        assertThat(api.get("/api/partners/" + id, agent).status()).isEqualTo(200);
        assertThat(api.get("/api/partners?regionCode=440300", agent).status()).isEqualTo(200);
        assertThat(api.get("/api/partners/suggestions?regionCode=440304", agent).status()).isEqualTo(200);
        JsonNode unchanged = api.get("/api/partners/" + id, admin).json();
        assertThat(unchanged.get("version").asInt()).isZero();
        assertThat(unchanged.get("active").asBoolean()).isTrue();
    }
}
