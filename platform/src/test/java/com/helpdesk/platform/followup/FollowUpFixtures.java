package com.helpdesk.platform.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;

/** Tickets opened and resolved through the API, and the return visit their resolution schedules. */
final class FollowUpFixtures {

    private FollowUpFixtures() {
    }

    /** A phone ticket of the agent's vendor, resolved; answers the resolved ticket. */
    static JsonNode resolvedTicket(Api api, String token) {
        Api.Reply opened = api.post("/api/tickets", token, """
                {"channel": "phone", "severity": 3, "caller": {"name": "回访 测试", "phone": "138 0013 8000"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "开机黑屏 black screen at start"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode ticket = opened.json().get("ticket");
        Api.Reply resolved = api.post("/api/tickets/" + ticket.get("id").asString() + "/resolution", token, """
                {"version": %d, "cause": "内存松动 loose memory module", "fix": "重新插拔内存 reseated the memory"}"""
            .formatted(ticket.get("version").asInt()));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        return resolved.json().get("ticket");
    }

    /** The return visit of the ticket, once the resolution's event reached the follow-up. */
    static JsonNode visitOf(Api api, String token, String ticketId) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Api.Reply page = api.get("/api/return-visits?status=all&ticket=" + ticketId, token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isEqualTo(1);
            found.set(page.json().get("items").get(0));
        });
        return found.get();
    }

    /** A resolved ticket's return visit. */
    static JsonNode newVisit(Api api, String token) {
        return visitOf(api, token, resolvedTicket(api, token).get("id").asString());
    }

    static String id(JsonNode node) {
        return node.get("id").asString();
    }

    /** The visit's survey link, as the clerk gets it. */
    static String surveyToken(Api api, String token, JsonNode visit) {
        Api.Reply link = api.post("/api/return-visits/" + id(visit) + "/survey-link", token, "{}");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.json().get("url").asString()).endsWith("/survey.html#" + link.json().get("token").asString());
        return link.json().get("token").asString();
    }
}
