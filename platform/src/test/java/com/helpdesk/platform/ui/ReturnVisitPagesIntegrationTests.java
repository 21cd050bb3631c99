package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/**
 * The return-visit worklist and the customer's survey page in a real browser: the clerk calls the
 * customer from the visit and records the outcome with the answers; the customer answers through
 * the link once, and the page says so when the link is opened again.
 */
class ReturnVisitPagesIntegrationTests extends BrowserTestPlatform {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void theClerkCallsFromTheWorklistAndRecordsTheOutcomeWithTheAnswers() throws Exception {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);
        String row = "tr[data-visit='" + visit.get("id").asString() + "']";
        try (Browser browser = Browser.open("kunlun-agent")) {
            browser.signIn("kunlun-agent", "#/visits");
            browser.awaitVisible(".visits h1");
            // Open visits come soonest due first; this one falls due last, so it may be on a later page.
            browser.await(d -> {
                if (!d.findElements(By.cssSelector(row)).isEmpty()) {
                    return true;
                }
                var next = d.findElements(By.cssSelector(".pager button:last-child"));
                if (!next.isEmpty() && next.getFirst().isEnabled()) {
                    next.getFirst().click();
                }
                return false;
            });
            browser.find(row + " button[data-action='open']").click();
            browser.awaitVisible(".outcome-form");
            assertThat(browser.unlabelledControls()).isEmpty();

            browser.find(".visit-detail button[data-action='call']").click();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    api.get("/api/return-visits/" + visit.get("id").asString(), agent).json().get("calls").size())
                .isEqualTo(1));

            new Select(browser.find("#visit-outcome")).selectByValue("reached");
            browser.type("#visit-note", "客户很满意");
            browser.type(".outcome-form input[data-key='overall']", "9");
            browser.type(".outcome-form input[data-key='engineer']", "5");
            browser.screenshot("return-visit.png");
            browser.find(".outcome-form button[type='submit']").click();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode detail = api.get("/api/return-visits/" + visit.get("id").asString(), agent).json();
                assertThat(detail.get("visit").get("status").asString()).isEqualTo("reached");
                assertThat(detail.get("survey").get("status").asString()).isEqualTo("answered");
                assertThat(detail.get("survey").get("score").decimalValue()).isEqualByComparingTo("9.50");
            });
        }
    }

    @Test
    void theCustomerAnswersThroughTheLinkOnce() throws Exception {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);
        String token = api.post("/api/return-visits/" + visit.get("id").asString() + "/survey-link", agent, "{}").json()
            .get("token").asString();
        try (Browser browser = Browser.open("customer")) {
            browser.openPlain("/survey.html#" + token);
            browser.awaitVisible(".survey-form");
            assertThat(browser.find("h1").getText()).contains("Kunlun Computing");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.find("input[name='overall'][value='8']").click();
            browser.find("input[name='engineer'][value='4']").click();
            browser.find("textarea[name='comment']").sendKeys("Fast and friendly");
            browser.screenshot("survey.png");
            browser.find(".survey-form button[type='submit']").click();
            browser.awaitVisible(".survey-thanks");

            browser.driver().navigate().refresh();
            browser.await(d -> d.findElement(By.tagName("body")).getText().contains("已提交过")
                    || d.findElement(By.tagName("body")).getText().contains("already been answered"));
        }
        JsonNode survey = api.get("/api/return-visits/" + visit.get("id").asString(), agent).json().get("survey");
        assertThat(survey.get("channel").asString()).isEqualTo("web");
        assertThat(survey.get("passed").asBoolean()).isTrue();
    }

    private JsonNode newVisit(String agent) {
        JsonNode ticket = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "caller": {"name": "页面 回访", "phone": "138 0013 8000"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "触摸板失灵 touchpad dead"}""")
            .json().get("ticket");
        Api.Reply resolved = api.post("/api/tickets/" + ticket.get("id").asString() + "/resolution", agent,
                "{\"version\": %d, \"cause\": \"驱动错误\", \"fix\": \"重装驱动\"}".formatted(ticket.get("version").asInt()));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        AtomicReference<JsonNode> visit = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode page = api.get("/api/return-visits?status=all&ticket=" + ticket.get("id").asString(), agent).json();
            assertThat(page.get("items").size()).isEqualTo(1);
            visit.set(page.get("items").get(0));
        });
        return visit.get();
    }
}
