package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/**
 * The inspections page in a real browser: a planned visit with its report clock, the report form's
 * field errors from the API beside the checklist, and the report recorded.
 */
class InspectionsPageIntegrationTests extends BrowserTestPlatform {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aSupervisorRecordsTheReportOfAPlannedVisit() throws Exception {
        String token = tokens.of("sunhome-supervisor");
        String customer = api.post("/api/customers", token, """
                {"kind": "person", "category": "general", "name": "巡检页面客户",
                 "phones": [{"number": "+86139%08d"}], "addresses": [{"regionCode": "320102", "text": "玄武区"}]}"""
            .formatted(ThreadLocalRandom.current().nextInt(100_000_000))).json().get("id").asString();
        Api.Reply plan = api.post("/api/inspection-plans", token, """
                {"customerId": "%s", "firstVisitOn": "%s"}"""
            .formatted(customer, LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        String visit = plan.json().get("visits").get(0).get("id").asString();
        String row = "tr[data-visit-id='" + visit + "']";

        try (Browser browser = Browser.open("sunhome-supervisor")) {
            browser.signIn("sunhome-supervisor", "#/inspections").awaitLive();
            browser.awaitVisible(row + " button").click();
            browser.awaitVisible("#visit-report-form");
            browser.find("#visit-report-form button[type='submit']").click();
            browser.await(d -> !d.findElements(By.cssSelector("#visit-report-form [data-error-for='checklist[0].item']"))
                .isEmpty());
            assertThat(browser.findAll("#visit-report-form [data-error-for='signedOffBy']")).hasSize(1);
            assertThat(browser.unlabelledControls()).isEmpty();

            browser.type("#visit-report-form .c-item", "集热管 collector tubes");
            browser.type("#visit-report-form [data-field='signedOffBy']", "李师傅");
            browser.find("#visit-report-form button[type='submit']").click();
            browser.await(d -> d.findElement(By.cssSelector(row)).getAttribute("data-report-state").equals("met"));
            browser.screenshot("inspections.png");
        }
        assertThat(api.get("/api/inspections/" + visit, token).json().get("status").asString()).isEqualTo("reported");
    }
}
