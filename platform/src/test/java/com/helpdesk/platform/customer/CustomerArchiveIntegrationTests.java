package com.helpdesk.platform.customer;

import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** Customers through the API: create, read, change with optimistic locking, find by number and name. */
@PlatformIntegrationTest
class CustomerArchiveIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void createsAndReadsACustomerWithNumbersInE164() {
        String agent = tokens.of("kunlun-agent");
        String mobile = CustomerFixtures.mobile();
        String typed = mobile.substring(3, 6) + " " + mobile.substring(6, 10) + "-" + mobile.substring(10);

        Api.Reply created = api.post("/api/customers", agent, """
                {"kind": "organisation", "category": "group", "name": "北京某某公司", "notes": "key account",
                 "phones": [{"number": "%s"}, {"number": "010-6688 1234", "label": "office"}],
                 "addresses": [{"regionCode": "110105", "text": "朝阳区 1 号"}]}""".formatted(typed));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/customers/" + id);
        JsonNode read = api.get("/api/customers/" + id, agent).json();
        assertThat(read.get("name").asString()).isEqualTo("北京某某公司");
        assertThat(read.get("category").asString()).isEqualTo("group");
        assertThat(read.get("version").asInt()).isZero();
        assertThat(CustomerFixtures.values(read.get("phones"), "number")).containsExactlyInAnyOrder(mobile, "+861066881234");
        assertThat(read.get("addresses").get(0).get("regionCode").asString()).isEqualTo("110105");
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOneWith409() {
        String agent = tokens.of("kunlun-agent");
        String id = CustomerFixtures.create(api, agent, "张三", CustomerFixtures.mobile());
        String change = """
                {"version": 0, "kind": "person", "category": "special", "name": "张三丰", "notes": "VIP"}""";

        Api.Reply first = api.put("/api/customers/" + id, agent, change);
        Api.Reply stale = api.put("/api/customers/" + id, tokens.of("kunlun-supervisor"), change.replace("张三丰", "李四"));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:conflict");
        assertThat(api.get("/api/customers/" + id, agent).json().get("name").asString()).isEqualTo("张三丰");
    }

    @Test
    void findsTheCallerByAnyNumberWhateverTheFormat() {
        String agent = tokens.of("kunlun-agent");
        String mobile = CustomerFixtures.mobile();
        String id = CustomerFixtures.create(api, agent, "王五", mobile);
        String other = CustomerFixtures.mobile();
        assertThat(api.post("/api/customers/" + id + "/phones", agent, "{\"number\": \"%s\"}".formatted(other.substring(3)))
            .status()).isEqualTo(201);

        for (String typed : new String[] { mobile, mobile.substring(3), "0086 " + mobile.substring(3),
                "+86 " + mobile.substring(3, 6) + "-" + mobile.substring(6), other }) {
            JsonNode found = api.get("/api/customers?phone=" + java.net.URLEncoder.encode(typed,
                    java.nio.charset.StandardCharsets.UTF_8), agent).json();
            assertThat(CustomerFixtures.values(found.get("items"), "id")).as(typed).containsExactly(id);
        }
    }

    @Test
    void findsAnOrganisationByItsContactsNumber() {
        String agent = tokens.of("kunlun-agent");
        String contactPhone = CustomerFixtures.mobile();
        Api.Reply created = api.post("/api/customers", agent, """
                {"kind": "organisation", "category": "group", "name": "Contact Co",
                 "contacts": [{"name": "刘工", "role": "IT", "phone": "%s", "email": "liu@example.cn"}]}"""
            .formatted(contactPhone.substring(3)));
        Api.Reply badContact = api.post("/api/customers", agent, """
                {"name": "X", "contacts": [{"role": "IT", "phone": "1", "email": "not an address"}]}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("contacts").get(0).get("phone").asString()).isEqualTo(contactPhone);
        JsonNode found = api.get("/api/customers?phone=" + contactPhone.substring(1), agent).json();
        assertThat(CustomerFixtures.values(found.get("items"), "id")).containsExactly(id);
        assertThat(api.get("/api/customers/" + id + "/archive", agent).json().get("contacts").get(0).get("name")
            .asString()).isEqualTo("刘工");
        assertThat(errorFields(badContact)).containsExactlyInAnyOrder("contacts[0].name", "contacts[0].phone",
                "contacts[0].email");
    }

    @Test
    void removesANumberGivenInAnyFormat() {
        String agent = tokens.of("kunlun-agent");
        String mobile = CustomerFixtures.mobile();
        String id = CustomerFixtures.create(api, agent, "赵六", mobile);

        assertThat(api.delete("/api/customers/" + id + "/phones/" + mobile.substring(3), agent).status()).isEqualTo(204);
        assertThat(api.get("/api/customers?phone=" + mobile.substring(3), agent).json().get("items")).isEmpty();
        assertThat(api.delete("/api/customers/" + id + "/phones/" + mobile.substring(3), agent).status()).isEqualTo(404);
    }

    @Test
    void searchesByNamePageByPageAndTreatsWildcardsAsText() {
        String agent = tokens.of("kunlun-agent");
        String marker = "Search" + CustomerFixtures.serial();
        for (int i = 0; i < 3; i++) {
            CustomerFixtures.create(api, agent, marker + " customer " + i, CustomerFixtures.mobile());
        }

        JsonNode first = api.get("/api/customers?name=" + marker.toLowerCase() + "&size=2", agent).json();
        JsonNode second = api.get("/api/customers?name=" + marker + "&size=2&page=1", agent).json();

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items").get(0).get("name").asString()).isEqualTo(marker + " customer 2");
        assertThat(api.get("/api/customers?name=%25%25&size=5", agent).json().get("total").asLong()).isZero();
    }

    @Test
    void rejectsBadInputFieldByFieldAndStoresMarkupAsText() {
        String agent = tokens.of("kunlun-agent");
        Api.Reply bad = api.post("/api/customers", agent, """
                {"kind": "robot", "category": "vip", "name": "%s", "phones": [{"number": "12"}],
                 "addresses": [{"regionCode": "Beijing"}]}""".formatted("x".repeat(201)));
        String markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String id = CustomerFixtures.create(api, agent, markup.replace("\"", "\\\""), CustomerFixtures.mobile());

        assertThat(bad.status()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("kind", "category", "name", "phones[0].number",
                "addresses[0].regionCode");
        assertThat(api.get("/api/customers/" + id, agent).json().get("name").asString()).isEqualTo(markup);
        Api.Reply longNotes = api.put("/api/customers/" + id, agent, """
                {"version": 0, "kind": "person", "category": "general", "name": "n", "notes": "%s"}"""
            .formatted("长".repeat(4001)));
        assertThat(longNotes.status()).isEqualTo(400);
        assertThat(longNotes.json().get("errors").get(0).get("message").asString())
            .isEqualTo("must be at most 4000 characters long, was 4001");
        assertThat(api.get("/api/customers?page=-1", agent).status()).isEqualTo(400);
        assertThat(api.get("/api/customers?phone=not-a-number", agent).status()).isEqualTo(400);
    }
}
