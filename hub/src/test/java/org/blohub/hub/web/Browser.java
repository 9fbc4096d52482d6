package org.blohub.hub.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile: one signed-in user per instance.
 * Screenshots go to the directory named by {@code -Dblo.screenshots} (off by default, so CI leaves docs alone).
 */
public final class Browser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path TEST_SCREENSHOTS = Path.of("target/screenshots");
    private static final Optional<Path> DOC_SCREENSHOTS = Optional.ofNullable(System.getProperty("blo.screenshots"))
            .filter(value -> !value.isBlank()).map(Path::of)
            .map(path -> path.isAbsolute() ? path : WebNodes.repositoryRoot().resolve(path));

    public final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl, Path profile) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser signIn(String user, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().equals(baseUrl + "/login"));
        return this;
    }

    public WebElement find(By by) {
        return waitUntil(d -> d.findElement(by));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /**
     * Saves a screenshot as {@code target/screenshots/<name>.png}, and into the directory of {@code -Dblo.screenshots}
     * (relative to the repository root) when given.
     */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(TEST_SCREENSHOTS);
        Path target = TEST_SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        if (DOC_SCREENSHOTS.isPresent()) {
            Files.createDirectories(DOC_SCREENSHOTS.get());
            Files.copy(target, DOC_SCREENSHOTS.get().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** The platform fonts Chromium used to draw the text of the first element matching a CSS selector. */
    @SuppressWarnings("unchecked")
    java.util.List<String> platformFontsOf(String selector) {
        driver.executeCdpCommand("DOM.enable", java.util.Map.of());
        driver.executeCdpCommand("CSS.enable", java.util.Map.of());
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", java.util.Map.of());
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = driver.executeCdpCommand("DOM.querySelector", java.util.Map.of("nodeId", root, "selector", selector))
                .get("nodeId");
        var fonts = (java.util.List<Map<String, Object>>) driver.executeCdpCommand("CSS.getPlatformFontsForNode",
                java.util.Map.of("nodeId", node)).get("fonts");
        return fonts.stream().map(font -> String.valueOf(font.get("familyName"))).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
