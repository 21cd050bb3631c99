package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/**
 * The supervisors' complaints page in a real browser: a complaint taken on the phone shows the
 * API's field errors beside the fields, is filed with the vendor's reply promise, and is replied to
 * from its detail; every control has a label.
 */
class ComplaintsPageIntegrationTests extends BrowserTestPlatform {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aSupervisorFilesAComplaintAndRepliesToIt() throws Exception {
        try (Browser browser = Browser.open("huaxin-supervisor")) {
            browser.signIn("huaxin-supervisor", "#/complaints").awaitLive();
            browser.awaitVisible("#complaint-form");

            browser.find("#complaint-form button[type='submit']").click();
            browser.await(d -> !d.findElements(By.cssSelector("#complaint-form [data-error-for='subject']")).isEmpty());
            assertThat(browser.find("#complaint-subject").getAttribute("aria-invalid")).isEqualTo("true");

            String subject = "页面测试 " + System.nanoTime();
            browser.type("#complaint-subject", subject);
            browser.type("#complaint-text", "工程师未按约定时间上门");
            browser.find("#complaint-form button[type='submit']").click();
            browser.await(d -> d.findElement(By.id("complaint-detail-title")).getText().contains(subject));
            assertThat(browser.find(".complaint-detail").getText()).contains("senior-engineer", "manager");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("complaints.png");

            browser.type(".complaint-action[data-action='reply'] textarea", "已致电客户致歉");
            browser.find(".complaint-action[data-action='reply'] button[type='submit']").click();
            browser.await(d -> d.findElement(By.cssSelector(".complaint-detail [data-reply-state]"))
                .getAttribute("data-reply-state").equals("met"));
            // The list shows open complaints by default; the one just answered is found through the API.
            JsonNode filed = StreamSupport.stream(api.get("/api/complaints?status=replied&size=100", tokens.of("huaxin-agent")).json()
                .get("items").spliterator(), false)
                .filter(c -> c.get("subject").asString().equals(subject)).findFirst().orElseThrow();
            assertThat(filed.get("status").asString()).isEqualTo("replied");
        }
    }
}
