package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/**
 * The supervisor board in a real browser: the figures are the API's, they follow live changes, the
 * language switches, and logging out ends the session.
 */
class SupervisorBoardIntegrationTests extends BrowserTestPlatform {

    static final String OPEN_KPI = ".kpi[data-kpi='open'] .kpi-value";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void showsTheOpenTicketsAndCountsANewOneAsItOpens() throws Exception {
        String supervisor = tokens.of("kunlun-supervisor");
        try (Browser browser = Browser.open("kunlun-supervisor")) {
            browser.signIn("kunlun-supervisor", "#/board").awaitLive();
            browser.await(d -> !d.findElements(By.cssSelector(OPEN_KPI)).isEmpty());
            long open = api.get("/api/tickets?open=true&size=1", supervisor).json().get("total").asLong();
            browser.await(d -> d.findElement(By.cssSelector(OPEN_KPI)).getText().equals(String.valueOf(open)));
            assertThat(browser.findAll(".chart canvas")).as("calls per hour and open tickets by severity, drawn").hasSize(2);
            assertThat(browser.findAll(".chart-table")).as("the same figures as tables").hasSize(2);

            assertThat(api.post("/api/tickets", supervisor, """
                    {"channel": "phone", "severity": 2, "caller": {"name": "看板测试", "phone": "13800000000"},
                     "regionCode": "110105", "problem": "The board must count this ticket"}""").status()).isEqualTo(201);
            // The ticket's push on the tenant's topic refreshes the board: no reload, no polling wait.
            browser.await(d -> d.findElement(By.cssSelector(OPEN_KPI)).getText().equals(String.valueOf(open + 1)));
            browser.screenshot("board.png");

            // The tenant's locale is the default (kunlun's is zh-CN); the other language is one switch
            // away, and the figures stay as they were.
            boolean chinese = api.get("/api/me", supervisor).json().get("tenant").get("locale").asString().startsWith("zh");
            assertThat(browser.find(".board h1").getText()).isEqualTo(chinese ? "班长看板" : "Supervisor board");
            String other = chinese ? "en" : "zh-CN";
            browser.find("#locale option[value='" + other + "']").click();
            browser.await(d -> d.findElement(By.cssSelector(".board h1")).getText()
                .equals(chinese ? "Supervisor board" : "班长看板"));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(other);
            browser.await(d -> d.findElement(By.cssSelector(OPEN_KPI)).getText().equals(String.valueOf(open + 1)));

            // Logging out ends the Keycloak session too: the desk asks for a login again.
            browser.find("#logout").click();
            browser.awaitVisible("#username");
            assertThat(browser.driver().getCurrentUrl()).startsWith("http://127.0.0.1:8180/realms/helpdesk/");
        }
    }
}
