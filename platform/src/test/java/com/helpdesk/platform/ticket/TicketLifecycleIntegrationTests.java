package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.support.Api.errorFields;
import static com.helpdesk.platform.ticket.TicketFixtures.clock;
import static com.helpdesk.platform.ticket.TicketFixtures.id;
import static com.helpdesk.platform.ticket.TicketFixtures.instant;
import static com.helpdesk.platform.ticket.TicketFixtures.open;
import static com.helpdesk.platform.ticket.TicketFixtures.status;
import static com.helpdesk.platform.ticket.TicketFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** A ticket's life through the API, with its clocks following each step. */
@PlatformIntegrationTest
class TicketLifecycleIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aPhoneReportIsAcknowledgedAtOnceWithItsFirstResponseMet() {
        JsonNode opened = open(api, tokens.of("kunlun-agent"), "phone", 2);

        assertThat(opened.get("ticket").get("status").asString()).isEqualTo("acknowledged");
        assertThat(opened.get("ticket").get("number").asLong()).isPositive();
        assertThat(clock(opened, "first-response", "").get("state").asString()).isEqualTo("MET");
        JsonNode onSite = clock(opened, "on-site", "Beijing");
        Instant reported = instant(opened.get("ticket"), "reportedAt");
        assertThat(instant(onSite, "dueAt")).isEqualTo(reported.plus(Duration.ofHours(24)));
        assertThat(instant(onSite, "warnAt")).isEqualTo(reported.plus(Duration.ofHours(18)));
        assertThat(opened.get("ticket").get("termsVersion").asInt()).isPositive();
    }

    @Test
    void anIvrReportWaitsForItsFirstContact() {
        String agent = tokens.of("kunlun-agent");
        JsonNode opened = open(api, agent, "ivr", 2);
        assertThat(opened.get("ticket").get("status").asString()).isEqualTo("new");
        assertThat(clock(opened, "first-response", "").get("metAt").isNull()).isTrue();

        JsonNode acknowledged = status(api, agent, id(opened), "acknowledged", version(opened));

        assertThat(acknowledged.get("ticket").get("firstContactAt").isNull()).isFalse();
        assertThat(clock(acknowledged, "first-response", "").get("state").asString()).isIn("MET", "MET_LATE");
    }

    @Test
    void waitingForTheCustomerPausesEveryClockAndPushesItsDueTimeBack() {
        String agent = tokens.of("huaxin-agent");
        JsonNode opened = open(api, agent, """
                {"channel": "web", "severity": 2, "caller": {"name": "李工"}, "regionCode": "320102",
                 "problem": "核心交换机端口闪断 core switch ports flapping"}""");
        Instant restoreDue = instant(clock(opened, "restore", ""), "dueAt");

        JsonNode waiting = status(api, agent, id(opened), "waiting-for-customer", version(opened));
        assertThat(clock(waiting, "restore", "").get("state").asString()).isEqualTo("PAUSED");
        JsonNode resumed = status(api, agent, id(opened), "acknowledged", version(waiting));

        List<JsonNode> history = entries(api.get("/api/tickets/" + id(opened) + "/history", agent).json());
        Instant pausedAt = instant(history.get(1), "at");
        Instant resumedAt = instant(history.get(2), "at");
        JsonNode restore = clock(resumed, "restore", "");
        assertThat(restore.get("state").asString()).isIn("RUNNING", "AT_RISK");
        // Restore runs around the clock: the wait adds exactly its own length.
        assertThat(instant(restore, "dueAt")).isEqualTo(restoreDue.plus(Duration.between(pausedAt, resumedAt)));
        assertThat(resumed.get("ticket").get("status").asString()).isEqualTo("acknowledged");
    }

    @Test
    void aSeverityChangeSupersedesTheRunningClocksAndKeepsTheOldOnes() {
        String agent = tokens.of("kunlun-agent");
        JsonNode opened = open(api, agent, "phone", 4);
        Instant reported = instant(opened.get("ticket"), "reportedAt");

        Api.Reply raised = api.put("/api/tickets/" + id(opened) + "/severity", agent,
                "{\"severity\": 1, \"version\": %d, \"reason\": \"hospital ward\"}".formatted(version(opened)));

        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        JsonNode detail = raised.json();
        assertThat(detail.get("ticket").get("severity").asInt()).isEqualTo(1);
        assertThat(instant(clock(detail, "on-site", "Beijing"), "dueAt")).isEqualTo(reported.plus(Duration.ofHours(2)));
        // Severe faults are reported to the manufacturer: a promise the old level did not make.
        assertThat(instant(clock(detail, "escalation", "manufacturer"), "dueAt"))
            .isEqualTo(reported.plus(Duration.ofHours(2)));
        List<JsonNode> onSite = StreamSupport.stream(detail.get("clocks").spliterator(), false)
            .filter(c -> c.get("kind").asString().equals("on-site")).toList();
        assertThat(onSite).extracting(c -> c.get("severity").asInt()).containsExactlyInAnyOrder(4, 1);
        assertThat(onSite).filteredOn(c -> c.get("severity").asInt() == 4)
            .allMatch(c -> c.get("state").asString().equals("SUPERSEDED"));
        // The first response was met before the change; it stays met and is not promised again.
        assertThat(StreamSupport.stream(detail.get("clocks").spliterator(), false)
            .filter(c -> c.get("kind").asString().equals("first-response"))).hasSize(1);
        assertThat(entries(api.get("/api/tickets/" + id(opened) + "/history", agent).json()))
            .extracting(e -> e.get("type").asString()).containsExactly("opened", "severity");
    }

    @Test
    void onSiteRestoreAndResolveMeetTheirClocks() {
        String agent = tokens.of("huaxin-agent");
        JsonNode opened = open(api, agent, """
                {"channel": "phone", "severity": 2, "caller": {"name": "李工"}, "regionCode": "320102",
                 "problem": "防火墙宕机 firewall down"}""");

        JsonNode onSite = status(api, agent, id(opened), "on-site", version(opened));
        assertThat(clock(onSite, "on-site", "home-city").get("state").asString()).isEqualTo("MET");
        JsonNode restored = status(api, agent, id(opened), "restored", version(onSite));
        assertThat(clock(restored, "restore", "").get("state").asString()).isEqualTo("MET");
        JsonNode resolved = status(api, agent, id(opened), "resolved", version(restored));

        assertThat(resolved.get("ticket").get("resolvedAt").isNull()).isFalse();
        assertThat(StreamSupport.stream(resolved.get("clocks").spliterator(), false))
            .allMatch(c -> !c.get("metAt").isNull());
        JsonNode closed = status(api, agent, id(opened), "closed", version(resolved));
        assertThat(closed.get("ticket").get("closedAt").isNull()).isFalse();
    }

    @Test
    void aStaleWriteIsRefusedWith409AndChangesNothing() {
        String agent = tokens.of("kunlun-agent");
        JsonNode opened = open(api, agent, "ivr", 3);
        status(api, agent, id(opened), "acknowledged", version(opened));

        Api.Reply stale = api.post("/api/tickets/" + id(opened) + "/status", tokens.of("kunlun-supervisor"),
                "{\"status\": \"waiting-for-customer\", \"version\": %d}".formatted(version(opened)));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:conflict");
        assertThat(api.get("/api/tickets/" + id(opened), agent).json().get("ticket").get("status").asString())
            .isEqualTo("acknowledged");
    }

    @Test
    void ofTwoAgentsWritingTheSameVersionAtOnceExactlyOneWins() throws Exception {
        String agent = tokens.of("kunlun-agent");
        String supervisor = tokens.of("kunlun-supervisor");
        JsonNode opened = open(api, agent, "ivr", 3);
        String path = "/api/tickets/" + id(opened) + "/status";
        String body = "{\"status\": \"%s\", \"version\": %d}";

        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var first = executor.submit(() -> {
                start.await();
                return api.post(path, agent, body.formatted("acknowledged", version(opened))).status();
            });
            var second = executor.submit(() -> {
                start.await();
                return api.post(path, supervisor, body.formatted("waiting-for-customer", version(opened))).status();
            });
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        }
        JsonNode after = api.get("/api/tickets/" + id(opened), agent).json();
        assertThat(version(after)).isEqualTo(version(opened) + 1);
        assertThat(entries(api.get("/api/tickets/" + id(opened) + "/history", agent).json())).hasSize(2);
    }

    @Test
    void aStepTheLifecycleDoesNotAllowIsAConflictWithTheReason() {
        String agent = tokens.of("kunlun-agent");
        JsonNode opened = open(api, agent, "ivr", 3);

        Api.Reply closing = api.post("/api/tickets/" + id(opened) + "/status", agent,
                "{\"status\": \"closed\", \"version\": %d}".formatted(version(opened)));

        assertThat(closing.status()).isEqualTo(409);
        assertThat(closing.json().get("detail").asString()).contains("new", "closed");
    }

    @Test
    void badIntakeIsRefusedFieldByFieldAndNothingIsStored() {
        String agent = tokens.of("kunlun-agent");
        long before = api.get("/api/tickets?size=1", agent).json().get("total").asLong();

        Api.Reply bad = api.post("/api/tickets", agent, """
                {"channel": "fax", "severity": 7, "caller": {"phone": "12"}, "regionCode": "beijing",
                 "problem": " ", "purchaseDate": "2999-01-01",
                 "customerId": "00000000-0000-4000-8000-000000000000"}""");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(errorFields(bad)).contains("channel", "severity", "caller.phone", "regionCode", "problem",
                "purchaseDate", "customerId");
        assertThat(api.get("/api/tickets?size=1", agent).json().get("total").asLong()).isEqualTo(before);
        assertThat(api.post("/api/tickets", agent, "{\"channel\": ").status()).isEqualTo(400);
        assertThat(api.post("/api/tickets/" + java.util.UUID.randomUUID() + "/status", agent,
                "{\"status\": \"reopened\"}").status()).isEqualTo(400);
    }

    @Test
    void notesCommentsAndAttachmentsJoinTheHistory() {
        String agent = tokens.of("kunlun-agent");
        JsonNode opened = open(api, agent, "phone", 3);
        String path = "/api/tickets/" + id(opened);

        assertThat(api.post(path + "/notes", agent, "{\"body\": \"已告知客户 told the customer\", \"internal\": false}")
            .status()).isEqualTo(201);
        assertThat(api.post(path + "/notes", agent, "{\"body\": \"<script>alert(1)</script>\", \"internal\": true}")
            .status()).isEqualTo(201);
        Api.Reply attached = api.post(path + "/attachments", agent, """
                {"fileName": "nameplate.jpg", "contentType": "image/jpeg", "sizeBytes": 123456,
                 "sha256": "%s", "storageRef": "s3://helpdesk/kunlun/nameplate.jpg"}""".formatted("ab".repeat(32)));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(errorFields(api.post(path + "/attachments", agent, """
                {"fileName": "../../etc/passwd", "contentType": "text", "sizeBytes": -1, "sha256": "x"}""")))
            .contains("fileName", "contentType", "sizeBytes", "sha256", "storageRef");

        JsonNode detail = api.get(path, agent).json();
        assertThat(detail.get("notes")).hasSize(2);
        assertThat(detail.get("notes").get(1).get("body").asString()).isEqualTo("<script>alert(1)</script>");
        assertThat(detail.get("attachments").get(0).get("fileName").asString()).isEqualTo("nameplate.jpg");
        assertThat(entries(api.get(path + "/history", agent).json())).extracting(e -> e.get("type").asString())
            .containsExactly("opened", "note", "comment", "attachment");
    }

    @Test
    void listsFilterByStatusSeverityCustomerAndBreach() {
        String agent = tokens.of("kunlun-agent");
        JsonNode opened = open(api, agent, "ivr", 1);

        JsonNode severe = api.get("/api/tickets?severity=1&status=new&size=100", agent).json();
        assertThat(ids(severe)).contains(id(opened));
        assertThat(severe.get("items")).allMatch(t -> t.get("severity").asInt() == 1
                && t.get("status").asString().equals("new"));
        assertThat(ids(api.get("/api/tickets?severity=2&size=100", agent).json())).doesNotContain(id(opened));
        assertThat(ids(api.get("/api/tickets?breached=false&open=true&size=100", agent).json())).contains(id(opened));
        assertThat(ids(api.get("/api/tickets?breached=true&size=100", agent).json())).doesNotContain(id(opened));
        assertThat(api.get("/api/tickets/by-number/" + opened.get("ticket").get("number").asLong(), agent).json()
            .get("ticket").get("id").asString()).isEqualTo(id(opened));
        assertThat(errorFields(api.get("/api/tickets?status=lost&severity=9&size=0&page=-1", agent)))
            .contains("status", "severity", "size", "page");
    }

    @Test
    void aKnownCustomersTicketTakesTheirDetailsAndShowsInTheCallerArchive() {
        String agent = tokens.of("kunlun-agent");
        String serial = "SN-" + System.nanoTime();
        String customer = api.post("/api/customers", agent, """
                {"kind": "person", "category": "general", "name": "赵女士", "phones": [{"number": "13912345678"}],
                 "addresses": [{"regionCode": "130102", "text": "石家庄长安区"}]}""").json().get("id").asString();
        Api.Reply device = api.post("/api/customers/" + customer + "/devices", agent, """
                {"productLine": "printer", "serialNumber": "%s", "purchaseDate": "%s"}"""
            .formatted(serial, java.time.LocalDate.now().minusMonths(2)));
        assertThat(device.status()).as(device.body()).isEqualTo(201);

        JsonNode opened = open(api, agent, """
                {"channel": "ivr", "severity": 3, "customerId": "%s", "deviceId": "%s", "problem": "卡纸 paper jam"}"""
            .formatted(customer, device.json().get("id").asString()));

        JsonNode ticket = opened.get("ticket");
        assertThat(ticket.get("callerName").asString()).isEqualTo("赵女士");
        assertThat(ticket.get("callerPhone").asString()).isEqualTo("+8613912345678");
        assertThat(ticket.get("regionCode").asString()).isEqualTo("130102");
        assertThat(ticket.get("productLine").asString()).isEqualTo("printer");
        assertThat(ticket.get("serialNumber").asString()).isEqualTo(serial);
        // Hebei is "around Beijing" for kunlun: the on-site clock follows the customer's address.
        assertThat(clock(opened, "on-site", "around Beijing")).isNotNull();
        JsonNode archive = api.get("/api/customers/" + customer + "/archive", agent).json();
        assertThat(archive.get("openTickets")).hasSize(1);
        assertThat(archive.get("openTickets").get(0).get("ticket").get("id").asString()).isEqualTo(id(opened));
        assertThat(archive.get("openTickets").get(0).get("clocks")).isNotEmpty();
    }

    private static List<JsonNode> entries(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(t -> t.get("id").asString()).toList();
    }
}
