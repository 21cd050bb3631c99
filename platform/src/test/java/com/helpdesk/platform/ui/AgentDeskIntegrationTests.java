package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.telephony.call.AgentAnswer;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.CallRecord;

/**
 * The agent desk in a real browser: kunlun's agent signs in on Keycloak's page, the phone rings
 * (driven through the bridge's {@link CallListener} port, as the AMI tracker drives it), and the
 * caller's archive pops; huaxin's agent, signed in at the same time, sees nothing of it.
 */
class AgentDeskIntegrationTests extends BrowserTestPlatform {

    /** Calls rung straight through the port, not through the simulated Asterisk. */
    static final String SERVER = "pbx-ui-test";

    @Autowired
    CallListener calls;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void popsTheCallersArchiveOnTheRingingAgentsDeskAndNowhereElse() throws Exception {
        String token = tokens.of("kunlun-agent");
        String mobile = "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        // Markup in a name is the customer's text, shown as typed and never run.
        String name = "界面测试客户 " + UUID.randomUUID().toString().substring(0, 6) + " <img src=x onerror=window.popped=1>";
        String customer = api.post("/api/customers", token, """
                {"kind": "person", "category": "special", "name": "%s", "phones": [{"number": "%s"}],
                 "addresses": [{"regionCode": "110105", "text": "朝阳区建国路 1 号"}]}""".formatted(name, mobile))
            .json().get("id").asString();
        String serial = "SN-UI-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/customers/" + customer + "/devices", token, """
                {"productLine": "laptop", "model": "KL-X14 Pro", "serialNumber": "%s", "purchaseDate": "%s"}"""
            .formatted(serial, java.time.LocalDate.now().minusMonths(3))).status()).isEqualTo(201);
        String kunlunCall = "1700000000." + UUID.randomUUID().toString().substring(0, 8);
        String huaxinCall = "1700000000." + UUID.randomUUID().toString().substring(0, 8);
        String unknownCaller = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

        try (Browser kunlun = Browser.open("kunlun-agent"); Browser huaxin = Browser.open("huaxin-agent")) {
            kunlun.signIn("kunlun-agent", "#/desk").awaitLive();
            huaxin.signIn("huaxin-agent", "#/desk").awaitLive();
            assertThat(kunlun.find("#call-panel").getText()).as("no call yet").doesNotContain(name);

            Instant start = Instant.now();
            kunlun.await(ringsUntilShown(calls, new AgentRing(SERVER, kunlunCall, KUNLUN_DID, mobile.substring(3), "2001",
                    "support", start)));

            // A ring re-announced while the card appeared redraws it: read through await, which looks again.
            assertThat(kunlun.<String>await(d -> d.findElement(By.cssSelector(".pop")).getAttribute("data-event"))).isEqualTo("ringing");
            assertThat(kunlun.<String>await(d -> d.findElement(By.cssSelector(".customer-name")).getText())).isEqualTo(name);
            assertThat(kunlun.findAll("#call-panel img")).as("no element made from the name").isEmpty();
            assertThat(kunlun.script("return window.popped === undefined")).isEqualTo(true);
            assertThat(kunlun.find(".customer-name").getAttribute("data-customer-id")).isEqualTo(customer);
            assertThat(kunlun.find(".caller-number").getText()).contains(mobile);
            assertThat(kunlun.find(".archive").getText()).contains("KL-X14 Pro", serial, "110105");
            assertThat(kunlun.findAll(".entitlement li")).as("warranty and entitlement in words").isNotEmpty();
            kunlun.screenshot("desk-pop.png");

            calls.agentAnswered(new AgentAnswer(SERVER, kunlunCall, KUNLUN_DID, mobile, "2001", start.plusSeconds(4)));
            kunlun.await(d -> "answered".equals(d.findElement(By.cssSelector(".pop")).getAttribute("data-event")));
            assertThat(kunlun.find(".call-status").getText()).isNotBlank();

            // huaxin's desk is live too: its own call pops there, and kunlun's never did.
            huaxin.await(ringsUntilShown(calls, new AgentRing(SERVER, huaxinCall, HUAXIN_DID, unknownCaller, "4001", "support",
                    Instant.now())));
            assertThat(huaxin.find(".pop").getAttribute("data-call-id")).isEqualTo(SERVER + ":" + huaxinCall);
            assertThat(huaxin.find("#new-customer-title").isDisplayed()).as("an unknown caller's card").isTrue();
            assertThat(huaxin.pageText()).doesNotContain("界面测试客户");
            assertThat(huaxin.driver().getPageSource()).doesNotContain(kunlunCall)
                .doesNotContain(mobile.substring(3));
            assertThat(huaxin.unlabelledControls()).as("the new-caller card's fields are labelled").isEmpty();
            huaxin.screenshot("desk-other-tenant.png");

            // The unknown caller becomes a customer while on the line: the card turns into the archive.
            String newName = "华信新客户 " + UUID.randomUUID().toString().substring(0, 6);
            huaxin.type("[data-field='name']", newName);
            huaxin.type("[data-field='addresses[0].regionCode']", "330106");
            huaxin.find(".new-customer button[type='submit']").click();
            assertThat(huaxin.awaitVisible(".customer-name").getText()).isEqualTo(newName);
            assertThat(huaxin.find(".archive").getText()).contains("+86" + unknownCaller, "330106");

            calls.callEnded(ended(kunlunCall, KUNLUN_DID, mobile.substring(3), start, "2001"));
            kunlun.await(d -> "ended".equals(d.findElement(By.cssSelector(".pop")).getAttribute("data-event")));
            calls.callEnded(ended(huaxinCall, HUAXIN_DID, unknownCaller, start, ""));
        }
    }

    @Test
    void anAgentOpensATicketFromThePopWatchesItsClocksAndResolvesIt() throws Exception {
        String token = tokens.of("kunlun-agent");
        String mobile = "+86138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String name = "报修测试 " + UUID.randomUUID().toString().substring(0, 6);
        String customer = api.post("/api/customers", token, """
                {"kind": "person", "name": "%s", "phones": [{"number": "%s"}], "addresses": [{"regionCode": "110105"}]}"""
            .formatted(name, mobile)).json().get("id").asString();
        api.post("/api/customers/" + customer + "/devices", token, """
                {"productLine": "desktop", "model": "KL-D500", "serialNumber": "SN-UI-%s", "purchaseDate": "%s"}"""
            .formatted(UUID.randomUUID().toString().substring(0, 8), java.time.LocalDate.now().minusMonths(2)));
        String call = "1700000000." + UUID.randomUUID().toString().substring(0, 8);

        try (Browser desk = Browser.open("kunlun-agent")) {
            desk.signIn("kunlun-agent", "#/desk").awaitLive();
            desk.await(ringsUntilShown(calls, new AgentRing(SERVER, call, KUNLUN_DID, mobile.substring(3), "2001", "support",
                    Instant.now())));

            desk.find(".device button.link").click();
            desk.awaitVisible(".ticket-form");
            desk.find("[data-field='severity'] option[value='3']").click();
            String problem = "前面板耳机没有声音 " + UUID.randomUUID().toString().substring(0, 4);
            desk.type("[data-field='problem']", problem);
            desk.find(".ticket-form button[type='submit']").click();

            desk.awaitVisible("#ticket-view .clocks");
            assertThat(desk.find("#ticket-view .problem").getText()).contains(problem);
            assertThat(desk.find("#ticket-view .facts").getText()).contains(name, "desktop");
            // A running clock counts down to its due time in words ("剩余 …" / "… left").
            var running = desk.awaitVisible("#ticket-view .countdown[data-due]");
            assertThat(Instant.parse(running.getAttribute("data-due"))).isAfter(Instant.now());
            assertThat(running.getText()).matches(".*(剩余|left).*");
            desk.screenshot("desk-ticket.png");

            // Known fixes: the search API may not be deployed; either way the panel answers calmly.
            desk.type("#fix-query", "耳机没有声音");
            desk.find(".fix-search button[type='submit']").click();
            desk.await(d -> !d.findElements(By.cssSelector(".fix-results [data-state], .fix-results .fix")).isEmpty());
            assertThat(desk.findAll(".fix-results [data-state='error']")).as("no raw error for a missing search").isEmpty();

            assertThat(desk.unlabelledControls()).as("every control of the desk has a label").isEmpty();
            desk.type("#resolution-cause", "系统更新覆盖了声卡驱动");
            desk.type("#resolution-fix", "重装声卡驱动，开启前面板插孔检测");
            desk.screenshot("desk-resolution.png");
            desk.find("#resolution-form button[type='submit']").click();
            desk.await(d -> !d.findElements(By.cssSelector("#ticket-view .badge[data-status='resolved']")).isEmpty());
            assertThat(desk.awaitVisible("#ticket-view dl.facts dd").getText()).isNotBlank();
        }
        var tickets = api.get("/api/tickets?customer=" + customer, token).json().get("items");
        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).get("status").asString()).isEqualTo("resolved");
        assertThat(tickets.get(0).get("problem").asString()).startsWith("前面板耳机没有声音");
        calls.callEnded(ended(call, KUNLUN_DID, mobile.substring(3), Instant.now(), ""));
    }

    @Test
    void reconnectsByItselfWhenTheNetworkDropsAndSaysSoMeanwhile() throws Exception {
        String call = "1700000000." + UUID.randomUUID().toString().substring(0, 8);
        try (Browser desk = Browser.open("kunlun-agent")) {
            desk.signIn("kunlun-agent", "#/desk").awaitLive();

            desk.network(false);
            desk.await(d -> "reconnecting".equals(d.findElement(By.id("connection")).getAttribute("data-state")));
            assertThat(desk.find("#connection").getText()).as("the agent is told").isNotBlank();
            desk.screenshot("desk-reconnecting.png");

            desk.network(true);
            desk.awaitLive();
            // Subscriptions were made again on the new connection: a pop still arrives.
            desk.await(ringsUntilShown(calls, new AgentRing(SERVER, call, KUNLUN_DID, "13700000002", "2001", "support",
                    Instant.now())));
        }
        calls.callEnded(ended(call, KUNLUN_DID, "13700000002", Instant.now(), ""));
    }

    @Test
    void searchHighlightsMarkTheMatchesAndKeepEscapedMarkupAsText() {
        // The search API escapes each fragment and marks matches with <em>; the desk's highlighter
        // must turn only those marks into elements, in the real browser's DOM.
        try (Browser browser = Browser.open("highlights")) {
            browser.openPlain("/config.json");
            @SuppressWarnings("unchecked")
            var result = (java.util.Map<String, Object>) browser.scriptAsync("""
                    const done = arguments[arguments.length - 1];
                    import('/js/desk/highlight.js').then(({ highlighted }) => {
                      const box = document.createElement('div');
                      box.append(highlighted('风扇 &lt;img src=x onerror=window.popped=1&gt; <em>噪音</em> &amp; <em>fan</em> &#x27;x&#x27;'));
                      document.body.append(box);
                      done({ text: box.textContent, marks: [...box.querySelectorAll('mark')].map((m) => m.textContent),
                             elements: box.querySelectorAll('*').length, popped: window.popped === 1 });
                    }, (e) => done({ error: String(e) }));""");
            assertThat(result).doesNotContainKey("error");
            assertThat(result.get("text")).isEqualTo("风扇 <img src=x onerror=window.popped=1> 噪音 & fan 'x'");
            assertThat(result.get("marks")).isEqualTo(List.of("噪音", "fan"));
            assertThat(result.get("elements")).as("only the two marks are elements").isEqualTo(2L);
            assertThat(result.get("popped")).isEqualTo(false);
        }
    }

    private static CallRecord ended(String linkedId, String did, String callerId, Instant start, String answeredBy) {
        boolean answered = !answeredBy.isEmpty();
        return new CallRecord(SERVER, linkedId, CallRecord.Direction.INBOUND, did, callerId, "", start,
                start.plusSeconds(1), answered ? start.plusSeconds(4) : null, start.plusSeconds(30), "support",
                List.of(answered ? answeredBy : "4001"), answeredBy, "", "Normal Clearing",
                answered ? CallRecord.Disposition.ANSWERED : CallRecord.Disposition.ABANDONED, "", List.of(),
                List.of(new CallRecord.Leg("PJSIP/trunk-00000001", linkedId, start, start, start.plusSeconds(30),
                        "Normal Clearing")));
    }
}
