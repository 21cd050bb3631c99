package com.helpdesk.platform.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;

/** Complaints filed and changed through the API. */
final class ComplaintFixtures {

    private ComplaintFixtures() {
    }

    static JsonNode file(Api api, String token, String extra) {
        Api.Reply reply = api.post("/api/complaints", token, """
                {"channel": "phone", "subject": "工程师迟到 engineer came late", "text": "约好九点，十一点才到。",
                 "complainant": "赵女士", "callerPhone": "138 0013 8000"%s}""".formatted(extra.isEmpty() ? "" : ", " + extra));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static String id(JsonNode detail) {
        return detail.get("complaint").get("id").asString();
    }

    static int version(JsonNode detail) {
        return detail.get("complaint").get("version").asInt();
    }

    static Api.Reply change(Api api, String token, String id, String action, int version, String text) {
        return api.post("/api/complaints/" + id + "/" + action, token,
                "{\"version\": %d, \"text\": \"%s\"}".formatted(version, text));
    }
}
