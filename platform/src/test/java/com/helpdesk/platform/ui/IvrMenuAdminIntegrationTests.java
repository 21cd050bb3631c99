package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/**
 * A vendor admin edits the IVR menu in a real browser: a key used twice is refused with the API's
 * message beside that key; a valid change (a prompt's English text) is saved as the next version.
 * The original menu is put back afterwards, for the IVR tests.
 */
class IvrMenuAdminIntegrationTests extends BrowserTestPlatform {

    static final String PATH = "/api/admin/ivr-menu";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aKeyUsedTwiceIsShownBesideItAndAValidMenuIsSaved() throws Exception {
        String admin = tokens.of("kunlun-admin");
        JsonNode before = api.get(PATH, admin).json();
        String welcome = "Welcome to Kunlun after-sales service, edited in the browser.";
        try (Browser browser = Browser.open("kunlun-admin")) {
            browser.signIn("kunlun-admin", "#/ivr");
            WebElement firstKey = browser.awaitVisible(field("options[0].key"));
            String secondKey = browser.find(field("options[1].key")).getAttribute("value");
            assertThat(browser.findAll("details[data-prompt]")).as("every prompt callers hear")
                .hasSize(before.get("prompts").size());

            browser.type(field("options[1].key"), firstKey.getAttribute("value"));
            browser.find("#ivr-save").click();
            browser.awaitVisible(".ivr-admin[data-save='refused']");
            WebElement error = browser.awaitVisible(".field-error[data-error-for='options[1].key']");
            assertThat(error.getText()).contains("is used twice");
            assertThat(browser.find(field("options[1].key")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.unlabelledControls()).as("every control of the menu editor has a label").isEmpty();
            browser.screenshot("ivr-menu-error.png");
            assertThat(api.get(PATH, admin).json().get("version").asInt()).as("nothing was saved")
                .isEqualTo(before.get("version").asInt());

            browser.type(field("options[1].key"), secondKey);
            browser.type(field("prompts.welcome.en.text"), welcome);
            browser.find("#ivr-save").click();
            browser.awaitVisible(".ivr-admin[data-save='saved']");
            assertThat(browser.findAll(".field-error")).isEmpty();

            JsonNode after = api.get(PATH, admin).json();
            assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
            assertThat(after.get("prompts").get("welcome").get("en").get("text").asString()).isEqualTo(welcome);
            assertThat(after.get("menu").get("options")).isEqualTo(before.get("menu").get("options"));
            assertThat(browser.find(field("prompts.welcome.en.text")).getAttribute("value")).isEqualTo(welcome);
            browser.screenshot("ivr-menu-saved.png");
        }
        finally {
            assertThat(api.put(PATH, admin, before.get("menu").toString()).status()).isEqualTo(200);
        }
    }

    @Test
    void aMenuSavedElsewhereInTheMeantimeIsReloadedNotOverwritten() throws Exception {
        String admin = tokens.of("kunlun-admin");
        JsonNode before = api.get(PATH, admin).json();
        try (Browser browser = Browser.open("kunlun-admin")) {
            browser.signIn("kunlun-admin", "#/ivr");
            browser.awaitVisible(field("prompts.welcome.en.text"));
            // A colleague saves the menu while this page is open.
            JsonNode colleague = api.put(PATH, admin, before.get("menu").toString()).json();

            browser.type(field("prompts.welcome.en.text"), "This edit was made from an older version.");
            browser.find("#ivr-save").click();
            browser.awaitVisible(".ivr-admin[data-save='conflict']");

            assertThat(api.get(PATH, admin).json().get("version").asInt()).as("nothing was overwritten")
                .isEqualTo(colleague.get("version").asInt());
            browser.await(d -> d.findElement(org.openqa.selenium.By.cssSelector(field("prompts.welcome.en.text")))
                .getAttribute("value").equals(before.get("prompts").get("welcome").get("en").get("text").asString()));
            assertThat(browser.find("[role='status'][data-dirty]").getText())
                .contains(String.valueOf(colleague.get("version").asInt()));
        }
        finally {
            assertThat(api.put(PATH, admin, before.get("menu").toString()).status()).isEqualTo(200);
        }
    }

    private static String field(String path) {
        return "[data-field='" + path + "']";
    }
}
