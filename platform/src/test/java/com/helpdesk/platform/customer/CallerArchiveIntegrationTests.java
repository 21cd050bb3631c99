package com.helpdesk.platform.customer;

import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** The caller archive with devices, their warranty and entitlement from the demo vendors' terms. */
@PlatformIntegrationTest
class CallerArchiveIntegrationTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void laptopBoughtFiveDaysAgoMayBeReturned() {
        String agent = tokens.of("kunlun-agent");
        String id = CustomerFixtures.create(api, agent, "陈七", CustomerFixtures.mobile());
        String serial = CustomerFixtures.serial();
        Api.Reply device = api.post("/api/customers/" + id + "/devices", agent, """
                {"productLine": "laptop", "model": "K14", "serialNumber": "%s", "purchaseDate": "%s"}"""
            .formatted(serial, LocalDate.now(SHANGHAI).minusDays(5)));
        assertThat(device.status()).as(device.body()).isEqualTo(201);

        JsonNode archive = api.get("/api/customers/" + id + "/archive", agent).json();

        assertThat(archive.get("customer").get("name").asString()).isEqualTo("陈七");
        assertThat(archive.get("phones")).hasSize(1);
        assertThat(archive.get("addresses").get(0).get("zone").asString()).isEqualTo("Beijing");
        JsonNode entry = archive.get("devices").get(0);
        assertThat(entry.get("device").get("serialNumber").asString()).isEqualTo(serial);
        JsonNode warranty = entry.get("warranty");
        assertThat(warranty.get("day").asInt()).isEqualTo(6);
        assertThat(warranty.get("openRemedies").toString()).contains("RETURN", "EXCHANGE", "REPAIR");
        assertThat(warranty.get("sentencesZh")).isNotEmpty();
        assertThat(warranty.get("sentencesEn")).isNotEmpty();
        assertThat(warranty.get("components")).isNotEmpty();
        assertThat(warranty.get("components").get(0).get("status").asString()).isEqualTo("IN_WARRANTY");
        assertThat(archive.get("openTickets")).isEmpty();
        assertThat(archive.get("recentCalls")).isEmpty();
    }

    @Test
    void updatedDeviceDatesChangeTheEntitlement() {
        String agent = tokens.of("kunlun-agent");
        String id = CustomerFixtures.create(api, agent, "周八", CustomerFixtures.mobile());
        String serial = CustomerFixtures.serial();
        String deviceId = api.post("/api/customers/" + id + "/devices", agent, """
                {"productLine": "laptop", "serialNumber": "%s", "purchaseDate": "%s"}"""
            .formatted(serial, LocalDate.now(SHANGHAI).minusDays(5))).json().get("id").asString();

        Api.Reply updated = api.put("/api/customers/" + id + "/devices/" + deviceId, agent, """
                {"productLine": "laptop", "serialNumber": "%s", "purchaseDate": "%s"}"""
            .formatted(serial, LocalDate.now(SHANGHAI).minusYears(3)));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode warranty = api.get("/api/customers/" + id + "/archive", agent).json()
            .get("devices").get(0).get("warranty");
        assertThat(warranty.get("openRemedies").toString()).doesNotContain("RETURN");
        assertThat(warranty.get("components").get(0).get("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void refusesDevicesWithoutAPolicyOrWithATakenSerial() {
        String agent = tokens.of("kunlun-agent");
        String id = CustomerFixtures.create(api, agent, "吴九", CustomerFixtures.mobile());
        String serial = CustomerFixtures.serial();
        String body = """
                {"productLine": "%s", "serialNumber": "%s", "purchaseDate": "2026-01-10"}""";
        assertThat(api.post("/api/customers/" + id + "/devices", agent, body.formatted("laptop", serial)).status())
            .isEqualTo(201);

        Api.Reply unknownLine = api.post("/api/customers/" + id + "/devices", agent,
                body.formatted("heat-pump", CustomerFixtures.serial()));
        Api.Reply takenSerial = api.post("/api/customers/" + id + "/devices", agent, body.formatted("desktop", serial));
        Api.Reply future = api.post("/api/customers/" + id + "/devices", agent, """
                {"productLine": "laptop", "serialNumber": "%s", "purchaseDate": "%s"}"""
            .formatted(CustomerFixtures.serial(), LocalDate.now(SHANGHAI).plusDays(3)));

        assertThat(unknownLine.status()).isEqualTo(400);
        assertThat(errorFields(unknownLine)).containsExactly("productLine");
        assertThat(takenSerial.status()).isEqualTo(400);
        assertThat(errorFields(takenSerial)).containsExactly("serialNumber");
        assertThat(errorFields(future)).containsExactly("purchaseDate");
    }
}
