package com.helpdesk.platform.knownfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.search.KnownFixes;

/**
 * The agents' search API on real services: imports go through the outbox into an index of this
 * class's own, and the API answers only from the caller's tenant, with highlights and facets,
 * forgiving typos, and refusing or neutralising hostile input without a 500.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnownFixSearchIntegrationTests {

    static final SearchIndexForTests INDEX = new SearchIndexForTests();

    /** The same fix id and the same words in two tenants: only the model tells them apart. */
    static final String FIXES = """
            {"id": "same-1", "tenant": "kunlun", "productLine": "laptop", "model": "KL-X14 Pro", "language": "zh", "title": "笔记本无法开机，指示灯不亮", "symptom": "客户反映按电源键没有任何反应，电源指示灯不亮。", "cause": "主板供电芯片损坏。", "fix": "1. 更换主板；2. 开机测试。", "parts": ["主板"], "severity": 2, "resolvedAt": "2025-03-01"}
            {"id": "same-1", "tenant": "huaxin", "productLine": "switch", "model": "HX-S1720-10GP", "language": "zh", "title": "交换机无法开机，指示灯不亮", "symptom": "客户反映按电源键没有任何反应，电源指示灯不亮。", "cause": "电源模块损坏。", "fix": "1. 更换电源模块。", "parts": ["电源模块"], "severity": 2, "resolvedAt": "2025-03-02"}
            {"id": "printer-offline", "tenant": "kunlun", "productLine": "laser-printer", "model": "KL-P3300DN", "language": "en", "title": "Printer shows offline on all PCs", "symptom": "Customer reports the printer shows offline on every PC since a new router was installed.", "cause": "The printer kept its old static IP address.", "fix": "1. Set the printer to DHCP; 2. Reserve its address in the router.", "parts": [], "severity": 3, "resolvedAt": "2025-04-01"}
            {"id": "ups-battery", "tenant": "kunlun", "productLine": "ups", "model": "KL-UPS1K", "language": "zh", "title": "UPS持续报警，电池故障", "symptom": "客户反映UPS一直滴滴响，面板电池故障灯亮。", "cause": "蓄电池老化，容量衰减。", "fix": "1. 更换整组蓄电池；2. 复位告警。", "parts": ["蓄电池组"], "severity": 2, "resolvedAt": "2025-05-01"}
            """;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    KnownFixes index;

    @DynamicPropertySource
    static void ownIndex(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.search.index-prefix", INDEX::prefix);
    }

    @BeforeAll
    void importThroughTheOutbox() {
        Api.Reply imported = api.post("/api/platform/known-fixes/import", tokens.of("platform-admin"), FIXES);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("kunlun").asInt()).isEqualTo(3);
        String agent = tokens.of("kunlun-agent");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ids(search(agent, "UPS 电池"))).hasSize(3));
    }

    @AfterAll
    void dropTheIndex() {
        index.drop();
    }

    @Test
    void findsTheCallersFixByMeaningWithHighlightsAndFacets() {
        JsonNode page = search(tokens.of("kunlun-agent"), "笔记本开不了机 按电源没反应");

        JsonNode first = page.get("hits").get(0);
        assertThat(first.get("id").asString()).isEqualTo("same-1");
        assertThat(first.get("model").asString()).isEqualTo("KL-X14 Pro");
        assertThat(first.get("highlights").get("symptom").get(0).asString()).contains("<em>电源</em>");
        assertThat(StreamSupport.stream(page.get("productLines").spliterator(), false)
            .map(f -> f.get("value").asString())).contains("laptop");
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void eachTenantSeesOnlyItsOwnFixesForTheSameWords() {
        JsonNode kunlun = search(tokens.of("kunlun-agent"), "无法开机 指示灯不亮");
        JsonNode huaxin = search(tokens.of("huaxin-agent"), "无法开机 指示灯不亮");

        assertThat(models(kunlun)).contains("KL-X14 Pro").noneMatch(m -> m.startsWith("HX-"));
        assertThat(models(huaxin)).containsExactly("HX-S1720-10GP");
        assertThat(huaxin.toString()).doesNotContain("主板", "KL-");
    }

    @Test
    void narrowsToAProductLineAndPagesThroughTheResults() {
        String agent = tokens.of("kunlun-agent");
        JsonNode ups = search(agent, "报警 电池", "&productLine=ups");
        JsonNode second = search(agent, "打印机 printer 电源 UPS", "&size=1&page=1");

        assertThat(ids(ups)).containsExactly("ups-battery");
        assertThat(second.get("hits")).hasSize(1);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("total").asInt()).isGreaterThan(1);
    }

    @Test
    void forgivesTyposInLatinWords() {
        assertThat(ids(search(tokens.of("kunlun-agent"), "pritner ofline")).getFirst()).isEqualTo("printer-offline");
    }

    @Test
    void refusesABlankOrOverlongQueryWithAFieldProblem() {
        String agent = tokens.of("kunlun-agent");
        Api.Reply blank = api.get("/api/known-fixes?q=%20%20", agent);
        Api.Reply overlong = api.post("/api/known-fixes/search", agent, "{\"q\": \"" + "漏水".repeat(5_000) + "\"}");
        Api.Reply overlongInUrl = api.get("/api/known-fixes?q=" + "a".repeat(10_000), agent);
        Api.Reply tooMany = api.get("/api/known-fixes?q=ups&size=1000", agent);
        Api.Reply tooDeep = api.get("/api/known-fixes?q=ups&page=2147483647&size=50", agent);
        Api.Reply notANumber = api.get("/api/known-fixes?q=ups&page=99999999999", agent);

        assertThat(blank.status()).isEqualTo(400);
        assertThat(Api.errorFields(blank)).containsExactly("q");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(Api.errorFields(overlong)).containsExactly("q");
        assertThat(overlongInUrl.status()).isEqualTo(400);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(Api.errorFields(tooMany)).containsExactly("size");
        assertThat(Api.errorFields(tooDeep)).containsExactly("page");
        assertThat(notANumber.status()).isEqualTo(400);
    }

    @Test
    void takesQuerySyntaxAndJsonAsPlainText() {
        String agent = tokens.of("kunlun-agent");
        for (String hostile : List.of("tenantId:* OR *:*", "{\"query\":{\"match_all\":{}}}", "\" ) ] } \\", "/.*/",
                "printer~10^99 AND NOT", "<script>alert(1)</script>", "huaxin", "\u0000\u202e电池")) {
            Api.Reply reply = api.get("/api/known-fixes?q=" + encode(hostile), agent);

            assertThat(reply.status()).as(hostile + " -> " + reply.body()).isEqualTo(200);
            assertThat(models(reply.json())).as(hostile).noneMatch(m -> m.startsWith("HX-"));
        }
    }

    @Test
    void highlightsAreEscapedHtml() {
        JsonNode page = search(tokens.of("kunlun-agent"), "<b>UPS</b> 电池");

        assertThat(page.toString()).doesNotContain("<b>");
        assertThat(page.get("hits").get(0).get("highlights").toString()).contains("<em>");
    }

    @Test
    void findsFixesSimilarToADescriptionOrToATicketOfTheTenant() {
        String agent = tokens.of("kunlun-agent");
        Api.Reply byText = api.get("/api/known-fixes/similar?text=" + encode("ups 一直在叫 电池灯亮"), agent);
        Api.Reply ticket = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "caller": {"name": "李女士", "phone": "138 0013 8001"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "笔记本按电源键没反应 指示灯也不亮"}""");
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
        String ticketId = ticket.json().get("ticket").get("id").asString();
        Api.Reply byTicket = api.get("/api/known-fixes/similar?ticket=" + ticketId, agent);

        assertThat(ids(byText.json()).getFirst()).isEqualTo("ups-battery");
        assertThat(ids(byTicket.json()).getFirst()).isEqualTo("same-1");
        assertThat(api.get("/api/known-fixes/similar?ticket=" + ticketId, tokens.of("huaxin-agent")).status())
            .isEqualTo(404);
        assertThat(api.get("/api/known-fixes/similar?ticket=" + UUID.randomUUID(), agent).status()).isEqualTo(404);
        assertThat(api.get("/api/known-fixes/similar", agent).status()).isEqualTo(400);
    }

    @Test
    void aTokenWithoutATenantCannotSearch() {
        assertThat(api.get("/api/known-fixes?q=ups", tokens.of("platform-admin")).status()).isEqualTo(403);
        assertThat(api.get("/api/known-fixes?q=ups", null).status()).isEqualTo(401);
    }

    @Test
    void refusesAnImportWithABadLineAndStoresNothing() {
        Api.Reply reply = api.post("/api/platform/known-fixes/import", tokens.of("platform-admin"), """
                {"id": "fine-1", "tenant": "kunlun", "symptom": "屏幕不亮", "cause": "排线", "fix": "更换", "severity": 3, "resolvedAt": "2025-01-01"}
                {"id": "ticket-1", "tenant": "kunlun", "symptom": "", "cause": "", "fix": "", "severity": 9, "resolvedAt": "soon"}
                not json""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(Api.errorFields(reply)).contains("lines[1].id", "lines[1].severity", "lines[1].resolvedAt",
                "lines[2]");
        assertThat(ids(search(tokens.of("kunlun-agent"), "屏幕不亮 排线"))).doesNotContain("fine-1");
    }

    private JsonNode search(String token, String q) {
        return search(token, q, "");
    }

    private JsonNode search(String token, String q, String more) {
        Api.Reply reply = api.get("/api/known-fixes?q=" + encode(q) + more, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("hits").spliterator(), false).map(h -> h.get("id").asString()).toList();
    }

    private static List<String> models(JsonNode page) {
        return StreamSupport.stream(page.get("hits").spliterator(), false).map(h -> h.get("model").asString())
            .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
