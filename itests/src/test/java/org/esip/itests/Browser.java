package org.esip.itests;

import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (the system's {@code /usr/bin/chromium}, headless, through {@code /usr/bin/chromedriver})
 * pointed at the distribution under test. Every wait is explicit, on what the user would see, with a
 * generous timeout; nothing sleeps for a fixed time. {@link #screenshot} saves what the page looks like under
 * {@code docs/screenshots/}.
 */
public final class Browser implements AutoCloseable {
    /** Long enough for a loaded two-core machine; a wait ends as soon as its condition holds. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    public static final Dimension DESKTOP = new Dimension(1280, 800);
    public static final Dimension PHONE = new Dimension(375, 812);

    private final String base;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(String base, WebDriver driver) {
        this.base = base;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** A fresh browser (no cookies) at desktop size, for the platform at {@code base} (e.g. {@code http://127.0.0.1:8181}). */
    public static Browser open(String base) {
        String chromium = System.getProperty("esip.itest.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("esip.itest.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            fail("The browser tests need Chromium and its driver: " + chromium + " and " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN", "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--hide-scrollbars",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        Browser browser = new Browser(base, new ChromeDriver(service, options));
        browser.size(DESKTOP);
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The window's inner size (the viewport the page lays out for). */
    public void size(Dimension viewport) {
        driver.manage().window().setSize(viewport);
        // headless Chromium sizes the window, not the viewport; correct by what the page reports
        Object inner = ((JavascriptExecutor) driver).executeScript("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof List<?> l && l.size() == 2) {
            int dw = viewport.width - ((Number) l.get(0)).intValue();
            int dh = viewport.height - ((Number) l.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(viewport.width + dw, viewport.height + dh));
            }
        }
    }

    /** Opens {@code path} (e.g. {@code /portal/#/tickets}) of the platform. */
    public void go(String path) {
        driver.get(base + path);
    }

    /** Waits until an element is visible and returns it. */
    public WebElement await(By by) {
        return until("visible " + by, ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until an element's text contains {@code text} and returns it. */
    public WebElement awaitText(By by, String text) {
        until(by + " containing \"" + text + "\"", ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    /** Waits until no element matches. */
    public void awaitGone(By by) {
        until("no " + by, ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Waits for any condition of the driver. */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            // what the page looked like, beside the test reports (not among the documentation's screenshots)
            save(Path.of(System.getProperty("esip.itest.dir", "target"), "screenshots"),
                    "failed-" + what.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""));
            throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what + " on "
                    + driver.getCurrentUrl() + "\npage text:\n" + text(), e);
        }
    }

    /**
     * Reloads the page until {@code condition} holds, as a user would press reload to see a change made
     * elsewhere (a line installed on the console). A reload happens only once the page has drawn its
     * frame (the menu), so every check looks at a finished page.
     */
    public void reloadUntil(String what, Function<WebDriver, Boolean> condition) {
        until(what, d -> {
            if (d.findElements(By.cssSelector("nav.menu ul")).isEmpty()) {
                return false; // still drawing
            }
            if (Boolean.TRUE.equals(condition.apply(d))) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Clears a field and types into it, as a user would. */
    public WebElement type(By by, String text) {
        WebElement field = await(by);
        field.clear();
        field.sendKeys(text);
        return field;
    }

    public void click(By by) {
        until("clickable " + by, ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** What the page shows, as text. */
    public String text() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "(no page)";
        }
    }

    /**
     * Signs in on the sign-in page an area shows to an anonymous visitor and waits until the page shows
     * who is signed in.
     */
    public void signIn(String username, String password) {
        type(By.name("username"), username);
        type(By.name("password"), password);
        click(By.cssSelector("form.signin button[type=submit]"));
        awaitText(By.cssSelector(".topbar .who"), username);
    }

    /** Signs out with the header's button, if someone is signed in. */
    public void signOut() {
        List<WebElement> out = all(By.cssSelector(".topbar .signout"));
        if (!out.isEmpty()) {
            out.get(0).click();
            awaitGone(By.cssSelector(".topbar .who"));
        }
        driver.manage().deleteAllCookies();
    }

    /** Saves a PNG of the viewport as {@code docs/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        return save(Path.of(System.getProperty("esip.itest.screenshots", "target/screenshots")), name);
    }

    private Path save(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page, however long, at the current width. */
    public Path fullPageScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        int h = Math.min(6000, ((Number) height).intValue() + (before.height - innerHeight()));
        driver.manage().window().setSize(new Dimension(before.width, Math.max(before.height, h)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private int innerHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;")).intValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
