package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.support.StompTestClient.next;
import static com.helpdesk.platform.ticket.TicketFixtures.id;
import static com.helpdesk.platform.ticket.TicketFixtures.open;
import static com.helpdesk.platform.ticket.TicketFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.StompTestClient;

/** What kunlun's agents do with tickets is invisible and untouchable for huaxin, on every route and push. */
@PlatformIntegrationTest
class TicketTenantIsolationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @LocalServerPort
    int port;

    String kunlun;
    String huaxin;
    JsonNode ticket;
    String path;

    @BeforeEach
    void kunlunHasATicket() {
        kunlun = tokens.of("kunlun-agent");
        huaxin = tokens.of("huaxin-agent");
        ticket = open(api, kunlun, "phone", 2);
        path = "/api/tickets/" + id(ticket);
    }

    @Test
    void anotherTenantsTicketIsNotFoundOnAnyReadRoute() {
        long number = ticket.get("ticket").get("number").asLong();
        for (String route : List.of(path, path + "/history", "/api/tickets/by-number/" + number)) {
            Api.Reply reply = api.get(route, huaxin);
            assertThat(reply.status()).as(route).isEqualTo(404);
            assertThat(reply.body()).doesNotContain("王先生");
            assertThat(api.get(route, kunlun).status()).as(route).isEqualTo(200);
        }
        assertThat(ids(api.get("/api/tickets?size=100", huaxin).json())).doesNotContain(id(ticket));
        assertThat(ids(api.get("/api/tickets?size=100", kunlun).json())).contains(id(ticket));
    }

    @Test
    void anotherTenantsTicketCannotBeChangedOnAnyWriteRoute() {
        int v = version(ticket);
        Map<String, String> writes = Map.of(
                path + "/status", "{\"status\": \"waiting-for-customer\", \"version\": %d}".formatted(v),
                path + "/contact", "{}",
                path + "/notes", "{\"body\": \"hello\", \"internal\": true}",
                path + "/attachments", """
                        {"fileName": "a.jpg", "contentType": "image/jpeg", "sizeBytes": 1, "sha256": "%s",
                         "storageRef": "x"}""".formatted("0".repeat(64)));
        writes.forEach((route, body) -> assertThat(api.post(route, huaxin, body).status()).as(route).isEqualTo(404));
        assertThat(api.put(path + "/severity", huaxin, "{\"severity\": 1, \"version\": %d}".formatted(v)).status())
            .isEqualTo(404);
        assertThat(api.put(path + "/assignee", huaxin, "{\"assigneeId\": null, \"version\": %d}".formatted(v))
            .status()).isEqualTo(404);

        JsonNode unchanged = api.get(path, kunlun).json();
        assertThat(version(unchanged)).isEqualTo(v);
        assertThat(unchanged.get("notes")).isEmpty();
        assertThat(unchanged.get("attachments")).isEmpty();
    }

    @Test
    void aTicketCannotNameAnotherTenantsCustomerOrStaff() {
        String kunlunCustomer = api.post("/api/customers", kunlun, """
                {"kind": "person", "category": "general", "name": "客户", "phones": [], "addresses": []}""")
            .json().get("id").asString();
        String kunlunAgentId = api.get("/api/me", kunlun).json().get("id").asString();

        Api.Reply foreign = api.post("/api/tickets", huaxin, """
                {"channel": "phone", "severity": 3, "problem": "x", "customerId": "%s", "assigneeId": "%s"}"""
            .formatted(kunlunCustomer, kunlunAgentId));

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(Api.errorFields(foreign)).contains("customerId", "assigneeId");
    }

    @Test
    void ticketPushesReachOnlyTheOwnTenantsAgents() throws Exception {
        try (StompTestClient kunlunClient = StompTestClient.connect(port, kunlun);
                StompTestClient huaxinClient = StompTestClient.connect(port, huaxin)) {
            BlockingQueue<Map<String, Object>> kunlunTickets = kunlunClient.subscribe("/topic/tenants/kunlun/tickets");
            BlockingQueue<Map<String, Object>> huaxinTickets = huaxinClient.subscribe("/topic/tenants/huaxin/tickets");
            awaitSubscribed(kunlunTickets);

            JsonNode opened = open(api, kunlun, "ivr", 3);

            Map<String, Object> pushed = nextOf(kunlunTickets, id(opened));
            assertThat(pushed).containsEntry("change", "opened").containsEntry("status", "new");
            assertThat(drain(huaxinTickets)).noneMatch(push -> id(opened).equals(push.get("id")));
            huaxinClient.subscribe("/topic/tenants/kunlun/tickets");
            assertThat(huaxinClient.awaitError()).isNotNull();
        }
    }

    /** Tickets other tests open arrive too; waits for the first one after subscribing. */
    private void awaitSubscribed(BlockingQueue<Map<String, Object>> queue) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            open(api, kunlun, "ivr", 4);
            if (queue.poll(500, TimeUnit.MILLISECONDS) != null) {
                queue.clear();
                return;
            }
        }
        throw new AssertionError("the subscription never received a push");
    }

    private static Map<String, Object> nextOf(BlockingQueue<Map<String, Object>> queue, String ticketId)
            throws InterruptedException {
        while (true) {
            Map<String, Object> push = next(queue);
            if (ticketId.equals(push.get("id"))) {
                return push;
            }
        }
    }

    /** What arrives within a second (other tests' own tickets may arrive too; they are the tenant's). */
    private static List<Map<String, Object>> drain(BlockingQueue<Map<String, Object>> queue)
            throws InterruptedException {
        List<Map<String, Object>> received = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        Map<String, Object> push;
        while ((push = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            received.add(push);
        }
        return received;
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(t -> t.get("id").asString()).toList();
    }
}
