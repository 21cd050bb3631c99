package com.helpdesk.platform.complaint;

import static com.helpdesk.platform.complaint.ComplaintFixtures.change;
import static com.helpdesk.platform.complaint.ComplaintFixtures.file;
import static com.helpdesk.platform.complaint.ComplaintFixtures.id;
import static com.helpdesk.platform.complaint.ComplaintFixtures.version;
import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.StompTestClient;

/**
 * Complaints as cases through the API: filing with the terms' reply target (huaxin 10 min around
 * the clock, kunlun 2 h of business time), links, the lifecycle with its history, stale versions,
 * field errors and tenant isolation.
 */
@PlatformIntegrationTest
class ComplaintCaseIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aComplaintTakenByAnAgentCarriesTheTenantsReplyTargetAndItsEscalationChain() {
        String agent = tokens.of("huaxin-agent");
        JsonNode filed = file(api, agent, "");

        JsonNode complaint = filed.get("complaint");
        assertThat(complaint.get("status").asString()).isEqualTo("open");
        assertThat(complaint.get("channel").asString()).isEqualTo("phone");
        assertThat(complaint.get("callerPhone").asString()).isEqualTo("+8613800138000");
        assertThat(complaint.get("replyWithinMinutes").asLong()).isEqualTo(10);
        assertThat(complaint.get("replyClock").asString()).isEqualTo("around-the-clock");
        assertThat(complaint.get("replyState").asString()).isEqualTo("running");
        Instant created = Instant.parse(complaint.get("createdAt").asString());
        Instant due = Instant.parse(complaint.get("replyDueAt").asString());
        assertThat(Duration.between(created, due)).isEqualTo(Duration.ofMinutes(10));
        JsonNode chain = filed.get("escalations");
        assertThat(chain).hasSize(2);
        assertThat(chain.get(0).get("tier").asString()).isEqualTo("senior-engineer");
        assertThat(Instant.parse(chain.get(0).get("dueAt").asString())).isEqualTo(created.plus(Duration.ofMinutes(5)));
        assertThat(chain.get(1).get("tier").asString()).isEqualTo("manager");
        assertThat(Instant.parse(chain.get(1).get("dueAt").asString())).isEqualTo(due);
    }

    @Test
    void aComplaintLinksTheTicketsAndStaffItIsAboutAndIsFoundByTicket() {
        String agent = tokens.of("kunlun-agent");
        UUID me = StompTestClient.userIdOf(agent);
        assertThat(api.get("/api/me", agent).status()).isEqualTo(200);
        Api.Reply ticket = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "caller": {"name": "赵女士", "phone": "138 0013 8000"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "开不了机 will not start"}""");
        String ticketId = ticket.json().get("ticket").get("id").asString();

        JsonNode filed = file(api, agent, "\"ticketIds\": [\"%s\"], \"staffIds\": [\"%s\"]".formatted(ticketId, me));

        assertThat(filed.get("ticketIds").get(0).asString()).isEqualTo(ticketId);
        assertThat(filed.get("staffIds").get(0).asString()).isEqualTo(me.toString());
        assertThat(ids(api.get("/api/complaints?ticket=" + ticketId, agent).json())).containsExactly(id(filed));
        String second = api.post("/api/tickets", agent, """
                {"channel": "web", "severity": 4, "caller": {"name": "赵女士"}, "problem": "咨询 a question"}""")
            .json().get("ticket").get("id").asString();
        Api.Reply linked = api.post("/api/complaints/" + id(filed) + "/links", agent,
                "{\"ticketIds\": [\"%s\"]}".formatted(second));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("ticketIds")).hasSize(2);
        Api.Reply foreign = api.post("/api/complaints/" + id(filed) + "/links", agent,
                "{\"staffIds\": [\"%s\"]}".formatted(UUID.randomUUID()));
        assertThat(errorFields(foreign)).containsExactly("staffIds[0]");
        // Kunlun promises a reply within 2 hours of its phone-support hours.
        assertThat(filed.get("complaint").get("replyClock").asString()).isEqualTo("business");
        assertThat(filed.get("complaint").get("replyWithinMinutes").asLong()).isEqualTo(120);
    }

    @Test
    void repliedResolvedClosedEachOnceWithHistoryAndAStaleVersionIsAConflict() {
        String agent = tokens.of("huaxin-agent");
        String supervisor = tokens.of("huaxin-supervisor");
        JsonNode filed = file(api, agent, "");
        String id = id(filed);

        Api.Reply early = change(api, agent, id, "resolve", version(filed), "已处理 handled");
        assertThat(early.status()).isEqualTo(409);
        Api.Reply replied = change(api, agent, id, "reply", version(filed), "已致电道歉并改约 called back, apologised");
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(replied.json().get("complaint").get("replyState").asString()).isEqualTo("met");
        Api.Reply stale = change(api, agent, id, "resolve", version(filed), "已处理 handled");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:conflict");
        int v = version(replied.json());
        Api.Reply resolved = change(api, agent, id, "resolve", v, "改派资深工程师 a senior engineer took over");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(change(api, agent, id, "close", version(resolved.json()), "").status()).isEqualTo(403);
        Api.Reply closed = change(api, supervisor, id, "close", version(resolved.json()), "客户满意 customer satisfied");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(api.post("/api/complaints/" + id + "/notes", agent, "{\"body\": \"回访已完成 <b>ok</b>\"}").status())
            .isEqualTo(201);

        JsonNode detail = api.get("/api/complaints/" + id, agent).json();
        assertThat(detail.get("complaint").get("status").asString()).isEqualTo("closed");
        assertThat(detail.get("complaint").get("outcome").asString()).contains("senior engineer");
        assertThat(detail.get("notes").get(0).get("body").asString()).isEqualTo("回访已完成 <b>ok</b>");
        List<String> types = new ArrayList<>();
        api.get("/api/complaints/" + id + "/history", agent).json().forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).containsExactly("filed", "replied", "resolved", "closed", "note");
        assertThat(ids(api.get("/api/complaints?status=closed&size=100", agent).json())).contains(id);
        assertThat(ids(api.get("/api/complaints?status=open&size=100", agent).json())).doesNotContain(id);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsFiled() {
        String agent = tokens.of("kunlun-agent");
        String foreignTicket = api.post("/api/tickets", tokens.of("huaxin-agent"), """
                {"channel": "web", "severity": 3, "caller": {"name": "x"}, "problem": "p"}""")
            .json().get("ticket").get("id").asString();
        long before = api.get("/api/complaints?size=1", agent).json().get("total").asLong();

        Api.Reply bad = api.post("/api/complaints", agent, """
                {"channel": "ivr", "subject": "", "text": "%s", "callerPhone": "12",
                 "customerId": "%s", "ticketIds": ["%s"], "staffIds": ["%s"]}"""
            .formatted("x".repeat(8001), UUID.randomUUID(), foreignTicket, UUID.randomUUID()));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("channel", "subject", "text", "callerPhone",
                "customerId", "ticketIds[0]", "staffIds[0]");
        assertThat(api.get("/api/complaints?size=1", agent).json().get("total").asLong()).isEqualTo(before);
        assertThat(api.post("/api/complaints", agent, "{\"subject\": ").status()).isEqualTo(400);
        assertThat(api.get("/api/complaints?status=lost&size=0", agent).status()).isEqualTo(400);
        JsonNode filed = file(api, agent, "");
        Api.Reply noVersion = api.post("/api/complaints/" + id(filed) + "/reply", agent, "{\"text\": \"\"}");
        assertThat(errorFields(noVersion)).containsExactlyInAnyOrder("version", "text");
    }

    @Test
    void anotherTenantNeitherSeesNorChangesAComplaint() {
        String agent = tokens.of("kunlun-agent");
        JsonNode filed = file(api, agent, "");
        String id = id(filed);
        String other = tokens.of("huaxin-supervisor");

        assertThat(api.get("/api/complaints/" + id, other).status()).isEqualTo(404);
        assertThat(api.get("/api/complaints/" + id + "/history", other).status()).isEqualTo(404);
        assertThat(change(api, other, id, "reply", version(filed), "x").status()).isEqualTo(404);
        assertThat(change(api, other, id, "resolve", version(filed), "x").status()).isEqualTo(404);
        assertThat(change(api, other, id, "escalate", version(filed), "x").status()).isEqualTo(404);
        assertThat(change(api, other, id, "close", version(filed), "x").status()).isEqualTo(404);
        assertThat(api.post("/api/complaints/" + id + "/notes", other, "{\"body\": \"x\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/complaints/" + id + "/links", other, "{\"ticketIds\": []}").status()).isEqualTo(404);
        assertThat(ids(api.get("/api/complaints?size=100", other).json())).doesNotContain(id);
        JsonNode untouched = api.get("/api/complaints/" + id, agent).json();
        assertThat(untouched.get("complaint").get("status").asString()).isEqualTo("open");
        assertThat(version(untouched)).isEqualTo(version(filed));
        assertThat(api.get("/api/complaints", tokens.of("kunlun-partner")).status()).isEqualTo(403);
    }

    @Test
    void aSupervisorEscalatesByHandUpToTheTopTierOnly() {
        String supervisor = tokens.of("huaxin-supervisor");
        JsonNode filed = file(api, tokens.of("huaxin-agent"), "");
        String id = id(filed);

        assertThat(change(api, tokens.of("huaxin-agent"), id, "escalate", version(filed), "").status()).isEqualTo(403);
        Api.Reply first = change(api, supervisor, id, "escalate", version(filed), "客户情绪激动 customer very upset");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("complaint").get("escalationTier").asString()).isEqualTo("senior-engineer");
        Api.Reply second = change(api, supervisor, id, "escalate", version(first.json()), "");
        assertThat(second.json().get("complaint").get("escalationTier").asString()).isEqualTo("manager");
        Api.Reply top = change(api, supervisor, id, "escalate", version(second.json()), "");
        assertThat(top.status()).isEqualTo(409);
        assertThat(second.json().get("escalations").get(0).get("firedAt").isNull()).isFalse();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }
}
