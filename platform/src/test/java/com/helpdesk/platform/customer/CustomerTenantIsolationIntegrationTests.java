package com.helpdesk.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** What kunlun writes into its archive is invisible and untouchable for huaxin, on every endpoint. */
@PlatformIntegrationTest
class CustomerTenantIsolationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    Environment environment;

    String kunlun;
    String huaxin;
    String mobile;
    String name;
    String customer;
    String device;

    @BeforeEach
    void kunlunHasACustomerWithADevice() {
        kunlun = tokens.of("kunlun-agent");
        huaxin = tokens.of("huaxin-agent");
        mobile = CustomerFixtures.mobile();
        name = "Isolated " + CustomerFixtures.serial();
        customer = CustomerFixtures.create(api, kunlun, name, mobile);
        Api.Reply added = api.post("/api/customers/" + customer + "/devices", kunlun, """
                {"productLine": "laptop", "serialNumber": "%s", "purchaseDate": "%s"}"""
            .formatted(CustomerFixtures.serial(), LocalDate.now().minusDays(3)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        device = added.json().get("id").asString();
    }

    @Test
    void anotherTenantsCustomerIsNotFoundByIdOrInItsArchive() {
        assertThat(api.get("/api/customers/" + customer, huaxin).status()).isEqualTo(404);
        assertThat(api.get("/api/customers/" + customer + "/archive", huaxin).status()).isEqualTo(404);
        assertThat(api.get("/api/customers/" + customer, kunlun).status()).isEqualTo(200);
    }

    @Test
    void anotherTenantsContactNumbersFindNothing() {
        String contactPhone = CustomerFixtures.mobile();
        Api.Reply created = api.post("/api/customers", kunlun, """
                {"kind": "organisation", "name": "Kunlun client", "contacts": [{"name": "A", "phone": "%s"}]}"""
            .formatted(contactPhone));
        assertThat(created.status()).isEqualTo(201);

        assertThat(api.get("/api/customers?phone=" + contactPhone.substring(1), huaxin).json().get("items")).isEmpty();
        assertThat(api.get("/api/customers?phone=" + contactPhone.substring(1), kunlun).json().get("items")).hasSize(1);
    }

    @Test
    void anotherTenantsCustomerIsInvisibleInLookupsAndLists() {
        JsonNode byPhone = api.get("/api/customers?phone=" + mobile.substring(1), huaxin).json();
        JsonNode byName = api.get("/api/customers?name=" + name.replace(" ", "%20"), huaxin).json();
        JsonNode all = api.get("/api/customers?size=100", huaxin).json();

        assertThat(byPhone.get("items")).isEmpty();
        assertThat(byName.get("total").asLong()).isZero();
        assertThat(CustomerFixtures.values(all.get("items"), "id")).doesNotContain(customer);
        assertThat(api.get("/api/customers?phone=" + mobile.substring(1), kunlun).json().get("items")).hasSize(1);
    }

    @Test
    void anotherTenantsCustomerCannotBeChanged() {
        String change = """
                {"version": 0, "kind": "person", "category": "general", "name": "taken over"}""";
        String newDevice = """
                {"productLine": "network-equipment", "serialNumber": "%s", "purchaseDate": "2026-01-02"}"""
            .formatted(CustomerFixtures.serial());

        assertThat(api.put("/api/customers/" + customer, huaxin, change).status()).isEqualTo(404);
        assertThat(api.post("/api/customers/" + customer + "/phones", huaxin, "{\"number\": \"13900000000\"}").status())
            .isEqualTo(404);
        assertThat(api.delete("/api/customers/" + customer + "/phones/" + mobile.substring(1), huaxin).status())
            .isEqualTo(404);
        assertThat(api.post("/api/customers/" + customer + "/devices", huaxin, newDevice).status()).isEqualTo(404);
        assertThat(api.put("/api/customers/" + customer + "/devices/" + device, huaxin, newDevice).status())
            .isEqualTo(404);

        JsonNode unchanged = api.get("/api/customers/" + customer + "/archive", kunlun).json();
        assertThat(unchanged.get("customer").get("name").asString()).isEqualTo(name);
        assertThat(unchanged.get("customer").get("version").asInt()).isZero();
        assertThat(unchanged.get("phones")).hasSize(1);
        assertThat(unchanged.get("devices")).hasSize(1);
        assertThat(unchanged.get("devices").get(0).get("device").get("productLine").asString()).isEqualTo("laptop");
    }

    @Test
    void aTenantOrIdInTheBodyIsIgnored() {
        Api.Reply created = api.post("/api/customers", huaxin, """
                {"tenantId": "7a1f0c3e-0000-4000-8000-000000000001", "id": "%s", "name": "Huaxin's own",
                 "phones": [{"number": "%s"}]}""".formatted(customer, mobile));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(id).isNotEqualTo(customer);
        assertThat(api.get("/api/customers/" + id, huaxin).status()).isEqualTo(200);
        assertThat(api.get("/api/customers/" + id, kunlun).status()).isEqualTo(404);
        assertThat(api.get("/api/customers/" + customer, kunlun).json().get("name").asString()).isEqualTo(name);
        Api.Reply device = api.post("/api/customers/" + id + "/devices", huaxin, """
                {"tenantId": "7a1f0c3e-0000-4000-8000-000000000001", "customerId": "%s", "productLine": "software",
                 "serialNumber": "%s", "purchaseDate": "2026-01-02"}""".formatted(customer, CustomerFixtures.serial()));
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        assertThat(device.json().get("customerId").asString()).isEqualTo(id);
        assertThat(api.get("/api/customers/" + customer + "/archive", kunlun).json().get("devices")).hasSize(1);
        JsonNode kunlunsCallers = api.get("/api/customers?phone=" + mobile.substring(1), kunlun).json();
        assertThat(CustomerFixtures.values(kunlunsCallers.get("items"), "id")).containsExactly(customer);
    }

    @Test
    void importedCustomersStayWithTheImportingTenant() throws Exception {
        String number = CustomerFixtures.mobile();
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/api/customers/import"))
            .header("Authorization", "Bearer " + huaxin)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString("name,phones\nHuaxin import," + number + "\n"))
            .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(api.get("/api/customers?phone=" + number.substring(1), huaxin).json().get("items")).hasSize(1);
        assertThat(api.get("/api/customers?phone=" + number.substring(1), kunlun).json().get("items")).isEmpty();
    }
}
