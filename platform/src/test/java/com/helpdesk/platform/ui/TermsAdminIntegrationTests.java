package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/**
 * A vendor admin edits the service terms in a real browser: the business calendar, and the
 * warranty, entitlement and follow-up rules. The rules are the API's: its field errors appear beside
 * the field that broke them, and the preview of due times is computed by the API from the
 * unpublished draft. The one valid publish here is undone by publishing the original content again,
 * so the figures other tests use stay as they are.
 */
class TermsAdminIntegrationTests extends BrowserTestPlatform {

    static final String MONDAY = "calendar.weeklyHours.MONDAY[0]";
    static final String FIRST_RESPONSE_DUE = "#preview-result tr[data-kind='FIRST_RESPONSE'] td.due";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    Browser browser;

    @BeforeEach
    void adminSignsIn() {
        browser = Browser.open("kunlun-admin"); // kept before signing in, so that a failed sign-in still closes it
        browser.signIn("kunlun-admin", "#/admin");
        browser.awaitVisible(field(MONDAY + ".to"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsTheApisFieldErrorBesideAnIntervalThatEndsBeforeItStarts() throws Exception {
        int versionBefore = api.get("/api/terms", tokens.of("kunlun-admin")).json().get("version").asInt();

        browser.type(field(MONDAY + ".from"), "18:00");
        browser.type(field(MONDAY + ".to"), "09:00");
        browser.find("#terms-publish").click();
        browser.awaitVisible(".admin[data-publish='refused']");

        WebElement error = browser.awaitVisible(".field-error[data-error-for='" + MONDAY + "']");
        assertThat(error.getText()).contains("must start before it ends");
        WebElement row = browser.find("[data-field='" + MONDAY + "']");
        assertThat(row.findElement(By.xpath("following-sibling::*[1]"))).as("the message sits beside the interval")
            .isEqualTo(error);
        assertThat(browser.find(field(MONDAY + ".to")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(field(MONDAY + ".to")).getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(browser.unlabelledControls()).as("every control of the editor has a label").isEmpty();
        browser.screenshot("admin-field-error.png");
        assertThat(api.get("/api/terms", tokens.of("kunlun-admin")).json().get("version").asInt())
            .as("nothing was published").isEqualTo(versionBefore);
    }

    @Test
    void aValidCalendarEditChangesThePreviewOfDueTimes() throws Exception {
        // A level-1 fault reported on Monday 23 November 2026 at 20:30, first response within one
        // business hour: with Monday open until 21:00 it is due the next morning; open until 22:00,
        // the same evening.
        browser.type(field("levels[0].targets.firstResponse.within"), "1");
        browser.type(field(MONDAY + ".from"), "08:30");
        browser.type(field(MONDAY + ".to"), "21:00");
        browser.type("#preview-region", "110105");
        browser.type("#preview-reported", "2026-11-23 20:30");
        browser.find("#preview-level option[value='1']").click();
        browser.find("#preview-run").click();
        String before = browser.await(TermsAdminIntegrationTests::freshDue);
        assertThat(before).startsWith("2026-11-24");

        browser.type(field(MONDAY + ".to"), "22:00");
        String after = browser.await(d -> {
            String due = freshDue(d);
            return due == null || due.equals(before) ? null : due;
        });
        assertThat(after).startsWith("2026-11-23").contains("21:30");
        assertThat(browser.findAll(".field-error")).as("a valid draft shows no error").isEmpty();
        browser.screenshot("admin-preview.png");
    }

    @Test
    void aBrokenEntitlementRuleIsShownBesideItsFieldAndAValidWarrantyEditIsPublished() throws Exception {
        String admin = tokens.of("kunlun-admin");
        JsonNode before = api.get("/api/terms", admin).json();
        String failedRepairs = "entitlement[0].replacement.failedRepairs";
        String returnVisit = "returnVisit.withinDays";
        String months = "warranty[0].components[0].months";
        try {
            browser.type(field(failedRepairs), "0");
            browser.find("#terms-publish").click();
            browser.awaitVisible(".admin[data-publish='refused']");
            WebElement error = browser.awaitVisible(".field-error[data-error-for='" + failedRepairs + "']");
            assertThat(error.getText()).contains("must be at least 1");
            WebElement input = browser.find(field(failedRepairs));
            assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(input.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
            assertThat(browser.unlabelledControls()).as("every control of the new editors has a label").isEmpty();
            browser.screenshot("admin-entitlement-error.png");
            assertThat(api.get("/api/terms", admin).json().get("version").asInt()).as("nothing was published")
                .isEqualTo(before.get("version").asInt());

            browser.type(field(failedRepairs), "4");
            browser.type(field(months), "18");
            browser.type(field(returnVisit), "5");
            browser.await(d -> d.findElements(By.cssSelector(".field-error")).isEmpty()); // the preview accepts the draft
            browser.find("#terms-publish").click();
            browser.awaitVisible(".admin[data-publish='published']");

            JsonNode after = api.get("/api/terms", admin).json();
            assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
            assertThat(after.get("entitlement").get(0).get("replacement").get("failedRepairs").asInt()).isEqualTo(4);
            assertThat(after.get("warranty").get(0).get("components").get(0).get("months").asInt()).isEqualTo(18);
            assertThat(after.get("returnVisit").get("withinDays").asInt()).isEqualTo(5);
            assertThat(after.get("levels")).as("the rest of the terms as they were").isEqualTo(before.get("levels"));
            assertThat(browser.find("[role='status'][data-dirty]").getText()).contains(String.valueOf(after.get("version").asInt()));
            browser.screenshot("admin-warranty-published.png");
        }
        finally {
            // Other tests read kunlun's figures: publish the original content again, as a new version.
            ObjectNode restore = (ObjectNode) before.deepCopy();
            restore.put("version", api.get("/api/terms", admin).json().get("version").asInt());
            restore.put("effectiveFrom", api.get("/api/terms", admin).json().get("effectiveFrom").asString());
            assertThat(api.put("/api/admin/terms", admin, restore.toString()).status()).isEqualTo(201);
        }
    }

    /** The first-response due time of the preview, or null while none is shown or it is out of date. */
    private static String freshDue(WebDriver driver) {
        var due = driver.findElements(By.cssSelector(FIRST_RESPONSE_DUE));
        boolean stale = !driver.findElements(By.cssSelector("#preview-result table.stale")).isEmpty();
        return due.isEmpty() || stale ? null : due.getFirst().getText();
    }

    private static String field(String path) {
        return "[data-field='" + path + "']";
    }
}
