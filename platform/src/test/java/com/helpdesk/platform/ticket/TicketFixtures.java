package com.helpdesk.platform.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;

/** Opening tickets through the API, and reading their clocks back. */
final class TicketFixtures {

    private TicketFixtures() {
    }

    /** A kunlun laptop fault in Beijing (Chaoyang). */
    static JsonNode open(Api api, String token, String channel, int severity) {
        return open(api, token, """
                {"channel": "%s", "severity": %d, "caller": {"name": "王先生", "phone": "138 0013 8000"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "屏幕不亮 screen stays dark"}"""
            .formatted(channel, severity));
    }

    static JsonNode open(Api api, String token, String body) {
        Api.Reply reply = api.post("/api/tickets", token, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static String id(JsonNode detail) {
        return detail.get("ticket").get("id").asString();
    }

    static int version(JsonNode detail) {
        return detail.get("ticket").get("version").asInt();
    }

    /** The ticket's current clock of a kind (and name), superseded ones left out. */
    static JsonNode clock(JsonNode detail, String kind, String name) {
        return StreamSupport.stream(detail.get("clocks").spliterator(), false)
            .filter(c -> c.get("kind").asString().equals(kind) && c.get("name").asString().equals(name))
            .filter(c -> c.get("supersededAt") == null || c.get("supersededAt").isNull())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + kind + " clock " + name + " in " + detail.get("clocks")));
    }

    static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.get(field).asString());
    }

    static JsonNode status(Api api, String token, String id, String to, int version) {
        Api.Reply reply = api.post("/api/tickets/" + id + "/status", token,
                "{\"status\": \"%s\", \"version\": %d, \"reason\": \"test\"}".formatted(to, version));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
