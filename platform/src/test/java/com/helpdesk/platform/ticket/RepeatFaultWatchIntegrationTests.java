package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.ticket.TicketFixtures.id;
import static com.helpdesk.platform.ticket.TicketFixtures.open;
import static com.helpdesk.platform.ticket.TicketFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * The repeat-fault watch through the API: repairs recorded with a fault code feed the caller
 * archive's entitlement. Kunlun's servers fall under "the same fault repaired three times → a new
 * unit" (from acceptance, whole unit 36 months).
 */
@PlatformIntegrationTest
class RepeatFaultWatchIntegrationTests {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void theSameFaultRepairedThreeTimesEntitlesTheCustomerToANewUnit() {
        String agent = tokens.of("kunlun-agent");
        Owner owner = serverOwner(agent);

        repair(agent, owner, "E04");
        repair(agent, owner, " e04 ");
        JsonNode twice = device(archive(agent, owner));
        assertThat(remedies(twice)).doesNotContain("REPLACEMENT");
        assertThat(twice.get("repeatFaults").get(0).get("faultCode").asString()).isEqualTo("e04");
        assertThat(twice.get("repeatFaults").get(0).get("repairs").asInt()).isEqualTo(2);
        assertThat(twice.get("repeatFaults").get(0).get("replacementEntitled").asBoolean()).isFalse();

        long third = repair(agent, owner, "E04");
        JsonNode thrice = device(archive(agent, owner));

        assertThat(remedies(thrice)).contains("REPLACEMENT");
        JsonNode flag = thrice.get("repeatFaults").get(0);
        assertThat(flag.get("repairs").asInt()).isEqualTo(3);
        assertThat(flag.get("replacementAfter").asInt()).isEqualTo(3);
        assertThat(flag.get("replacementEntitled").asBoolean()).isTrue();
        assertThat(flag.get("tickets").get(2).asLong()).isEqualTo(third);
        assertThat(thrice.get("warranty").get("sentencesEn").toString()).contains("e04");
    }

    @Test
    void aDifferentFaultDoesNotCountTowardsTheRule() {
        String agent = tokens.of("kunlun-agent");
        Owner owner = serverOwner(agent);

        repair(agent, owner, "E04");
        repair(agent, owner, "E04");
        repair(agent, owner, "fan-noise");
        repair(agent, owner, "");

        JsonNode entry = device(archive(agent, owner));
        assertThat(remedies(entry)).doesNotContain("REPLACEMENT");
        assertThat(entry.get("repeatFaults")).hasSize(1);
        assertThat(entry.get("repeatFaults").get(0).get("faultCode").asString()).isEqualTo("e04");
        assertThat(entry.get("repeatFaults").get(0).get("repairs").asInt()).isEqualTo(2);
    }

    @Test
    void anotherDevicesRepairsDoNotCountAndAnotherTenantSeesNoArchive() {
        String agent = tokens.of("kunlun-agent");
        Owner owner = serverOwner(agent);
        Owner neighbour = new Owner(owner.customer(), addServer(agent, owner.customer()));

        repair(agent, owner, "E04");
        repair(agent, owner, "E04");
        repair(agent, neighbour, "E04");

        JsonNode archive = archive(agent, owner);
        List<String> entitled = new ArrayList<>();
        archive.get("devices").forEach(d -> {
            if (remedies(d).contains("REPLACEMENT")) {
                entitled.add(d.get("device").get("id").asString());
            }
        });
        assertThat(entitled).isEmpty();
        assertThat(api.get("/api/customers/" + owner.customer() + "/archive", tokens.of("huaxin-agent")).status())
            .isEqualTo(404);
    }

    record Owner(String customer, String device) {
    }

    private Owner serverOwner(String token) {
        Api.Reply customer = api.post("/api/customers", token, """
                {"kind": "organisation", "category": "group", "name": "数据中心 %d",
                 "phones": [{"number": "+86139%08d"}], "addresses": [{"regionCode": "110105", "text": "朝阳区 9 号"}]}"""
            .formatted(ThreadLocalRandom.current().nextInt(1000), ThreadLocalRandom.current().nextInt(100_000_000)));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        String customerId = customer.json().get("id").asString();
        return new Owner(customerId, addServer(token, customerId));
    }

    private String addServer(String token, String customer) {
        LocalDate bought = LocalDate.now(BEIJING).minusMonths(4);
        Api.Reply device = api.post("/api/customers/" + customer + "/devices", token, """
                {"productLine": "server", "model": "KS-2200", "serialNumber": "SN-RF%d", "purchaseDate": "%s",
                 "acceptanceDate": "%s"}"""
            .formatted(ThreadLocalRandom.current().nextLong(1L << 50), bought, bought.plusDays(3)));
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        return device.json().get("id").asString();
    }

    /** Opens a ticket on the device and resolves it with the fault code; answers the ticket's number. */
    private long repair(String token, Owner owner, String faultCode) {
        JsonNode ticket = open(api, token, """
                {"channel": "phone", "severity": 3, "customerId": "%s", "deviceId": "%s",
                 "problem": "风扇告警后宕机 halts after a fan alarm"}""".formatted(owner.customer(), owner.device()));
        Api.Reply resolved = api.post("/api/tickets/" + id(ticket) + "/resolution", token, """
                {"version": %d, "cause": "风扇控制板故障 fan board", "fix": "重置控制板 reset the board",
                 "faultCode": "%s"}""".formatted(version(ticket), faultCode));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        return ticket.get("ticket").get("number").asLong();
    }

    private JsonNode archive(String token, Owner owner) {
        Api.Reply reply = api.get("/api/customers/" + owner.customer() + "/archive", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode device(JsonNode archive) {
        return archive.get("devices").get(0);
    }

    private static List<String> remedies(JsonNode entry) {
        List<String> remedies = new ArrayList<>();
        entry.get("warranty").get("openRemedies").forEach(r -> remedies.add(r.asString()));
        return remedies;
    }
}
