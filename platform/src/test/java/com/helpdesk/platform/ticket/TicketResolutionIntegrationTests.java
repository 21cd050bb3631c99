package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.support.Api.errorFields;
import static com.helpdesk.platform.ticket.TicketFixtures.id;
import static com.helpdesk.platform.ticket.TicketFixtures.open;
import static com.helpdesk.platform.ticket.TicketFixtures.status;
import static com.helpdesk.platform.ticket.TicketFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * Resolving tickets of devices registered through the API, against the demo vendors' terms:
 * kunlun laptops (whole unit 12 months, main components 24, then parts at cost only) and kunlun
 * servers (from acceptance: whole unit 36 months, disks and power supplies 12, then parts + labour
 * CNY 300 + call-out CNY 200 with the customer's consent).
 */
@PlatformIntegrationTest
class TicketResolutionIntegrationTests {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String WHOLE_UNIT = "整机 whole unit";
    static final String SERVER_DISKS = "硬盘与电源 disks and power supplies";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    /** The application's own connection: the outbox table is platform-level, without row-level security. */
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRepairInWarrantyChargesNothingAndResolvesTheTicket() {
        String agent = tokens.of("kunlun-agent");
        JsonNode ticket = deviceTicket(agent, "laptop", LocalDate.now(BEIJING).minusMonths(6), null, 3);

        Api.Reply resolved = resolve(agent, ticket, parts(WHOLE_UNIT, 1, "150.00") + ", \"labourMinutes\": 40");

        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        JsonNode resolution = resolved.json().get("resolution");
        assertThat(resolution.get("inWarranty").asBoolean()).isTrue();
        assertThat(resolution.get("charge").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(statusOf(resolved.json())).isEqualTo(TicketStatus.RESOLVED);
        JsonNode read = api.get(path(ticket), agent).json();
        assertThat(read.get("chargeBasis").asString()).contains("In warranty", "Labour time: 40 min");
        assertThat(read.get("parts").get(0).get("covered").asBoolean()).isTrue();
        assertThat(statusOf(api.get("/api/tickets/" + id(ticket), agent).json())).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void outOfWarrantyPartsAtCostOnlyChargeTheSumOfTheParts() {
        String agent = tokens.of("kunlun-agent");
        JsonNode ticket = deviceTicket(agent, "laptop", LocalDate.now(BEIJING).minusYears(3), null, 3);

        Api.Reply resolved = resolve(agent, ticket, """
                "parts": [
                  {"partNumber": "BAT-01", "name": "电池 battery", "quantity": 2,
                   "unitCost": {"amount": "150.00", "currency": "CNY"}, "component": "%s"},
                  {"partNumber": "KEY-9", "name": "键帽 key cap", "quantity": 1,
                   "unitCost": {"amount": 25.5, "currency": "CNY"}, "component": "%s"}],
                "labourMinutes": 90, "signOff": {"name": "王先生"}""".formatted(WHOLE_UNIT, WHOLE_UNIT));

        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        JsonNode read = api.get(path(ticket), agent).json();
        assertThat(read.get("inWarranty").asBoolean()).isFalse();
        assertThat(read.get("chargingRule").asString()).isEqualTo("parts-at-cost-only");
        assertThat(read.get("charge").get("amount").decimalValue()).isEqualByComparingTo("325.50");
        assertThat(read.get("charge").get("currency").asString()).isEqualTo("CNY");
        assertThat(read.get("chargeBasis").asString()).contains("parts at cost only", "CNY 325.50");
        assertThat(read.get("signOff").get("name").asString()).isEqualTo("王先生");
    }

    @Test
    void partsAndLabourChargeTheFeesOnlyWithTheCustomersConsent() {
        String agent = tokens.of("kunlun-agent");
        LocalDate longAgo = LocalDate.now(BEIJING).minusYears(5);
        JsonNode ticket = deviceTicket(agent, "server", longAgo, longAgo, 2);
        String disk = parts(SERVER_DISKS, 1, "450.00");

        Api.Reply refused = resolve(agent, ticket, disk);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("consent");
        assertThat(api.get(path(ticket), agent).status()).isEqualTo(404);

        Api.Reply consented = resolve(agent, ticket, disk + ", \"consent\": true");
        assertThat(consented.status()).as(consented.body()).isEqualTo(201);
        JsonNode resolution = consented.json().get("resolution");
        assertThat(resolution.get("chargingRule").asString()).isEqualTo("parts-and-labour-with-consent");
        assertThat(resolution.get("charge").get("amount").decimalValue()).isEqualByComparingTo("950.00");
        assertThat(resolution.get("chargeBasis").asString()).contains("labour CNY 300.00", "call-out CNY 200.00");
    }

    @Test
    void aSevereFaultNeedsAnAnalysisReport() {
        String agent = tokens.of("kunlun-agent");
        JsonNode ticket = deviceTicket(agent, "laptop", LocalDate.now(BEIJING).minusMonths(6), null, 1);

        Api.Reply refused = resolve(agent, ticket, parts(WHOLE_UNIT, 1, "150.00"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("analysisReport");

        Api.Reply resolved = resolve(agent, ticket, parts(WHOLE_UNIT, 1, "150.00")
                + ", \"analysisReport\": \"电源管理芯片批次缺陷 PMIC batch defect; firmware 1.2 avoids it\"");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        assertThat(api.get(path(ticket), agent).json().get("analysisReport").asString()).contains("PMIC");
    }

    @Test
    void aStaleVersionIsAConflictAndStoresNothingAndPublishesNothing() {
        String agent = tokens.of("kunlun-agent");
        JsonNode opened = deviceTicket(agent, "laptop", LocalDate.now(BEIJING).minusMonths(6), null, 3);
        JsonNode onSite = status(api, agent, id(opened), "on-site", version(opened));

        Api.Reply stale = resolve(agent, opened, parts(WHOLE_UNIT, 1, "150.00"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:conflict");
        assertThat(api.get(path(opened), agent).status()).isEqualTo(404);
        JsonNode after = api.get("/api/tickets/" + id(opened), agent).json();
        assertThat(statusOf(after)).isEqualTo(TicketStatus.ON_SITE);
        assertThat(version(after)).isEqualTo(version(onSite));
        assertThat(publications(id(opened))).isEqualTo(new Publications(0, 0));
    }

    @Test
    void eachResolutionPublishesOneEventThatIsCompletedAndAReopenedTicketIsResolvedAgain() {
        String agent = tokens.of("kunlun-agent");
        JsonNode ticket = deviceTicket(agent, "laptop", LocalDate.now(BEIJING).minusMonths(6), null, 3);
        JsonNode first = resolve(agent, ticket, parts(WHOLE_UNIT, 1, "150.00")).json();
        awaitPublications(id(ticket), new Publications(1, 1));

        Api.Reply again = api.post(path(ticket), agent, body(first.get("ticket").get("version").asInt(), ""));
        assertThat(again.status()).isEqualTo(409);
        JsonNode reopened = status(api, agent, id(ticket), "reopened", first.get("ticket").get("version").asInt());
        Api.Reply second = api.post(path(ticket), agent, """
                {"version": %d, "cause": "主板虚焊 cold solder joint", "fix": "更换主板 replaced the board"}"""
            .formatted(version(reopened)));

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        awaitPublications(id(ticket), new Publications(2, 2));
        assertThat(api.get(path(ticket), agent).json().get("cause").asString()).isEqualTo("主板虚焊 cold solder joint");
        assertThat(StreamSupport.stream(api.get("/api/tickets/" + id(ticket) + "/history", agent).json()
            .spliterator(), false).filter(e -> e.get("type").asString().equals("resolution"))).hasSize(2);
        String event = jdbc.sql("""
                select serialized_event from event_publication
                 where serialized_event::jsonb ->> 'ticketId' = :id order by publication_date limit 1""")
            .param("id", id(ticket)).query(String.class).single();
        assertThat(event).contains("\"productLine\":\"laptop\"", "\"locale\":\"zh-CN\"", "BAT-01");
    }

    @Test
    void anotherTenantCanNeitherReadNorWriteTheResolution() {
        String agent = tokens.of("kunlun-agent");
        JsonNode ticket = deviceTicket(agent, "laptop", LocalDate.now(BEIJING).minusMonths(6), null, 3);
        assertThat(resolve(agent, ticket, parts(WHOLE_UNIT, 1, "150.00")).status()).isEqualTo(201);
        String other = tokens.of("huaxin-agent");

        assertThat(api.get(path(ticket), other).status()).isEqualTo(404);
        JsonNode unresolved = deviceTicket(agent, "laptop", LocalDate.now(BEIJING).minusMonths(6), null, 3);
        Api.Reply write = resolve(other, unresolved, parts(WHOLE_UNIT, 1, "150.00"));

        assertThat(write.status()).isEqualTo(404);
        assertThat(api.get(path(unresolved), agent).status()).isEqualTo(404);
        JsonNode untouched = api.get("/api/tickets/" + id(unresolved), agent).json();
        assertThat(statusOf(untouched)).isEqualTo(TicketStatus.ACKNOWLEDGED);
        assertThat(version(untouched)).isEqualTo(version(unresolved));
    }

    @Test
    void badInputIsRefusedFieldByFieldNeverWithA500() {
        String agent = tokens.of("kunlun-agent");
        JsonNode ticket = deviceTicket(agent, "laptop", LocalDate.now(BEIJING).minusMonths(6), null, 3);

        Api.Reply bad = api.post(path(ticket), agent, """
                {"version": %d, "cause": "", "fix": "ok", "labourMinutes": -5,
                 "parts": [{"partNumber": "A", "name": "a", "quantity": 1,
                            "unitCost": {"amount": "1.00", "currency": "CNY"}, "component": "风扇 fan"},
                           {"partNumber": "B", "name": "b", "quantity": 0,
                            "unitCost": {"amount": "-1", "currency": "RMB"}, "component": "%s"}],
                 "signOff": {"name": "", "at": "2999-01-01T00:00:00Z"}}""".formatted(version(ticket), WHOLE_UNIT));
        Api.Reply wrongType = api.post(path(ticket), agent, """
                {"version": %d, "cause": "c", "fix": "f", "parts": [{"quantity": "two"}]}"""
            .formatted(version(ticket)));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("cause", "labourMinutes", "parts[0].component",
                "parts[1].quantity", "parts[1].unitCost.amount", "parts[1].unitCost.currency", "signOff.name",
                "signOff.at");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(errorFields(wrongType)).containsExactly("parts[0].quantity");
        assertThat(api.post(path(ticket), agent, "{\"version\": ").status()).isEqualTo(400);
        assertThat(api.post("/api/tickets/" + java.util.UUID.randomUUID() + "/resolution", agent,
                body(0, "")).status()).isEqualTo(404);
        assertThat(api.get(path(ticket), agent).status()).isEqualTo(404);
    }

    private Api.Reply resolve(String token, JsonNode ticket, String extra) {
        return api.post(path(ticket), token, body(version(ticket), extra));
    }

    private static String body(int version, String extra) {
        return """
                {"version": %d, "cause": "电池老化 battery worn out", "fix": "更换电池 replaced the battery"%s}"""
            .formatted(version, extra.isEmpty() ? "" : ", " + extra);
    }

    private static String parts(String component, int quantity, String unitCost) {
        return """
                "parts": [{"partNumber": "BAT-01", "name": "电池 battery", "quantity": %d,
                           "unitCost": {"amount": "%s", "currency": "CNY"}, "component": "%s"}]"""
            .formatted(quantity, unitCost, component);
    }

    /** The status of a ticket detail, whether the API writes it as {@code on-site} or as the enum's name. */
    private static TicketStatus statusOf(JsonNode detail) {
        String value = detail.get("ticket").get("status").asString();
        return TicketStatus.of(value).orElseGet(() -> TicketStatus.valueOf(value));
    }

    private static String path(JsonNode ticket) {
        return "/api/tickets/" + id(ticket) + "/resolution";
    }

    /** A phone ticket about a new customer's device of the product line, bought (and accepted) then. */
    private JsonNode deviceTicket(String token, String productLine, LocalDate bought, LocalDate accepted,
            int severity) {
        Api.Reply customer = api.post("/api/customers", token, """
                {"kind": "person", "category": "general", "name": "维修客户",
                 "phones": [{"number": "+86138%08d"}], "addresses": [{"regionCode": "110105", "text": "朝阳区 1 号"}]}"""
            .formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        String customerId = customer.json().get("id").asString();
        Api.Reply device = api.post("/api/customers/" + customerId + "/devices", token, """
                {"productLine": "%s", "model": "K14", "serialNumber": "SN-R%d", "purchaseDate": "%s"%s}"""
            .formatted(productLine, ThreadLocalRandom.current().nextLong(1L << 50), bought,
                    accepted == null ? "" : ", \"acceptanceDate\": \"" + accepted + "\""));
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        return open(api, token, """
                {"channel": "phone", "severity": %d, "customerId": "%s", "deviceId": "%s",
                 "problem": "开机无显示 no display at power-on"}"""
            .formatted(severity, customerId, device.json().get("id").asString()));
    }

    /**
     * Events published for the ticket, and those every listener completed: the registry keeps one row
     * per event and listener (the known-fix index, the return visits), so rows are grouped by event.
     */
    private Publications publications(String ticketId) {
        return jdbc.sql("""
                select count(*) as published, count(*) filter (where done) as completed
                  from (select serialized_event, bool_and(completion_date is not null) as done from event_publication
                         where event_type = :type and serialized_event::jsonb ->> 'ticketId' = :id
                         group by serialized_event) events""")
            .param("type", TicketResolved.class.getName())
            .param("id", ticketId)
            .query((rs, i) -> new Publications(rs.getInt("published"), rs.getInt("completed")))
            .single();
    }

    /** The listener runs asynchronously after the commit: a wait, never a measurement. */
    private void awaitPublications(String ticketId, Publications expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publications(ticketId))
            .isEqualTo(expected));
    }

    record Publications(int published, int completed) {
    }
}
