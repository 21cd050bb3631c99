package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/**
 * The quality report page in a real browser: the figures are the API's for the month picked, the
 * charts are drawn with their tables, the downloads reach the platform (and its audit log), and the
 * language switches.
 */
class QualityReportPageIntegrationTests extends BrowserTestPlatform {

    static final String TICKETS_KPI = ".kpi[data-kpi='tickets'] .kpi-value";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void showsTheMonthsFiguresWithChartsAndDownloads() throws Exception {
        String supervisor = tokens.of("kunlun-supervisor");
        try (Browser browser = Browser.open("kunlun-report")) {
            browser.signIn("kunlun-supervisor", "#/report");
            browser.await(d -> !d.findElements(By.cssSelector(TICKETS_KPI)).isEmpty());
            String month = browser.find(".report-controls input[type='month']").getAttribute("value");
            JsonNode report = api.get("/api/reports/quality?month=" + month, supervisor).json();
            browser.await(d -> d.findElement(By.cssSelector(TICKETS_KPI)).getText()
                .equals(report.get("volume").get("tickets").asString()));
            assertThat(browser.findAll(".report-table").size()).as("zones, models, causes, fixes, partners…")
                .isGreaterThanOrEqualTo(6);

            // The current month, with a ticket reported just now: picked, shown, drawn, the API's figures again.
            assertThat(api.post("/api/tickets", supervisor, """
                    {"channel": "phone", "severity": 2, "caller": {"name": "报告测试", "phone": "13800000000"},
                     "regionCode": "110105", "productLine": "笔记本 laptop", "problem": "The report must count this ticket"}""")
                .status()).isEqualTo(201);
            String current = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                    browser.find(".report-controls input[type='month']"), current);
            browser.find(".report-controls button[type='submit']").click();
            JsonNode now = api.get("/api/reports/quality?month=" + current, supervisor).json();
            assertThat(now.get("volume").get("tickets").asLong()).isPositive();
            browser.await(d -> d.findElement(By.cssSelector(TICKETS_KPI)).getText()
                .equals(now.get("volume").get("tickets").asString()));
            browser.await(d -> d.findElements(By.cssSelector(".chart canvas")).size() == 2);
            assertThat(browser.findAll(".chart-table")).as("the charts' figures as tables").hasSize(2);
            browser.screenshot("quality-report.png");

            // The downloads are fetched with the token: the platform records them as data exports.
            browser.find(".report-controls button.secondary").click();
            browser.await(d -> exports(supervisor).contains("data-export " + current + ".csv"));

            boolean chinese = api.get("/api/me", supervisor).json().get("tenant").get("locale").asString().startsWith("zh");
            assertThat(browser.find(".report h1").getText()).isEqualTo(chinese ? "月度服务质量报告" : "Monthly quality report");
            String other = chinese ? "en" : "zh-CN";
            browser.find("#locale option[value='" + other + "']").click();
            browser.await(d -> d.findElement(By.cssSelector(".report h1")).getText()
                .equals(chinese ? "Monthly quality report" : "月度服务质量报告"));
            browser.await(d -> !d.findElements(By.cssSelector(TICKETS_KPI)).isEmpty());
        }
    }

    private List<String> exports(String token) {
        List<String> found = new ArrayList<>();
        api.get("/api/audit-log?limit=20", token).json()
            .forEach(e -> found.add(e.get("action").asString() + " " + e.get("targetId").asString()));
        return found;
    }
}
