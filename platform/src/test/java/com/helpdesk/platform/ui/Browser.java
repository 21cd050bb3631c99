package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's headless Chromium driven through Debian's chromedriver (both
 * installed by {@code infra/lib/chromium.sh}; Selenium never downloads a browser or driver here),
 * at 1366×768, the smallest screen the desk is made for.
 */
final class Browser implements AutoCloseable {

    /** The platform's port in these tests; the realm's helpdesk-web client lists this origin. */
    static final String PORT = "18090";
    static final String BASE = "http://127.0.0.1:" + PORT;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Generous: a wait for a condition, never a measurement. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final String CHROMIUM = System.getenv().getOrDefault("HELPDESK_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("HELPDESK_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String name;

    private Browser(String name, String language) {
        this.name = name;
        assertThat(new File(CHROMIUM).canExecute()).as("%s (install it with infra/lib/chromium.sh)", CHROMIUM).isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("%s (install it with infra/lib/chromium.sh)", CHROMEDRIVER).isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=" + language, "--no-first-run", "--disable-extensions");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
        driver = new ChromeDriver(service, options);
    }

    static Browser open(String name) {
        return new Browser(name, "en-US");
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Opens the desk at {@code route} (e.g. "#/admin"), which sends the browser to Keycloak's own
     * login page; signs in there as a demo user and waits until the desk knows who it is.
     */
    Browser signIn(String username, String route) {
        driver.get(BASE + "/" + route);
        WebElement user = await(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).as("the login page is Keycloak's").startsWith("http://127.0.0.1:8180/realms/helpdesk/");
        user.sendKeys(username);
        // With organizations enabled Keycloak asks for the username first and the password on a
        // second page; without them, both are on one page.
        if (driver.findElements(By.id("password")).isEmpty()) {
            driver.findElement(By.id("kc-login")).click();
        }
        await(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        // The header appears once /api/me answered: the page knows the user, tenant and roles.
        await(ExpectedConditions.visibilityOfElementLocated(By.id("topbar")));
        await(d -> !d.findElement(By.id("who")).getText().isBlank());
        assertThat(driver.getCurrentUrl()).as("back on the desk, code and state gone").startsWith(BASE + "/#/")
            .doesNotContain("code=");
        return this;
    }

    /** Waits until the live channel is connected (subscriptions are then sent). */
    Browser awaitLive() {
        await(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "connected"));
        return this;
    }

    <T> T await(Function<? super WebDriver, T> condition) {
        // A re-render replaces elements between finding and reading them: look again at the next poll.
        return new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(200))
            .ignoring(StaleElementReferenceException.class)
            .until(condition);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement awaitVisible(String css) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Replaces an input's text as a person would: select all, type. */
    void type(String css, String text) {
        WebElement input = awaitVisible(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Takes the browser off the network (or back), as a dropped Wi-Fi or cable would, through Chrome's DevTools. */
    void network(boolean online) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs an async script: its last argument is the callback that returns the result. */
    Object scriptAsync(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /**
     * Form controls on screen that a screen reader could not name: no label element, no aria-label
     * or aria-labelledby. Empty when every field is labelled.
     */
    @SuppressWarnings("unchecked")
    List<String> unlabelledControls() {
        return (List<String>) script("""
                return [...document.querySelectorAll('input, select, textarea, button')]
                  .filter((el) => el.offsetParent !== null && el.type !== 'hidden')
                  .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                    && !el.getAttribute('aria-labelledby') && !(el.tagName === 'BUTTON' && el.textContent.trim()))
                  .map((el) => el.outerHTML.slice(0, 120));""");
    }

    /** Opens a page of the platform without signing in (e.g. a static file). */
    Browser openPlain(String path) {
        driver.get(BASE + path);
        return this;
    }

    /** Saves a screenshot under target/screenshots and checks that it shows a rendered page. */
    Path screenshot(String file) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(file);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        Screenshots.assertRendered(target);
        return target;
    }

    @Override
    public void close() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                System.out.println("[" + name + " console] " + entry.getLevel() + " " + entry.getMessage());
            }
        }
        catch (RuntimeException e) {
            // logs are a debugging aid only
        }
        driver.quit();
    }
}
