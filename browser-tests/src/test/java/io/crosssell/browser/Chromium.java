package io.crosssell.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the browser tests, and what they all do with it. */
final class Chromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips the calling test class, saying why, when Chromium is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "SKIPPED: browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    }

    static WebDriver start(boolean scripts) throws Exception {
        return start(scripts, null);
    }

    /**
     * A phone: Chromium's device emulation at {@code width}×{@code height} CSS pixels, 3 device pixels each, as a
     * mobile browser (a page without a viewport meta renders 980 px wide and is shrunk, as on a real phone).
     */
    static WebDriver startPhone(int width, int height) throws Exception {
        Map<String, Object> metrics = new HashMap<>();
        metrics.put("width", width);
        metrics.put("height", height);
        metrics.put("pixelRatio", 3.0);
        metrics.put("mobile", true);
        metrics.put("touch", true);
        return start(true, Collections.singletonMap("deviceMetrics", metrics));
    }

    private static WebDriver start(boolean scripts, Map<String, Object> mobileEmulation) throws Exception {
        ChromeOptions options = new ChromeOptions();
        if (mobileEmulation != null) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation);
        }
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1100,900", "--user-data-dir=" + Files.createTempDirectory("crosssell-chromium"));
        if (!scripts) {
            options.setExperimentalOption("prefs",
                    Collections.singletonMap("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new ChromeDriver(service, options);
    }

    /** Clicks a control that leaves the page and waits until the old page is gone. */
    static void submit(WebDriver driver, WebElement control) {
        final WebElement page = driver.findElement(By.tagName("html"));
        control.click();
        // The old page is gone once its root no longer answers. Chromium reports that as a stale element or,
        // mid-navigation, as a generic "node does not belong to the document" error: both mean gone.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(current -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * Clicks an add-on control that changes the page in place (scripts on) and waits for the add-ons' status to say
     * {@code status}; fails if the page reloaded or jumped back to its top meanwhile.
     */
    static void changeInPlace(WebDriver driver, WebElement control, String status) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("window.csSamePage = true; arguments[0].scrollIntoView({block: 'center'});"
                + " var s = document.querySelector('.cs-addons-status'); if (s) { s.textContent = ''; }", control);
        Number before = (Number) page.executeScript("return window.scrollY;");
        page.executeScript("arguments[0].click();", control);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(current -> status.equals(current.findElement(
                By.cssSelector(".cs-addons-status")).getText()));
        if (!Boolean.TRUE.equals(page.executeScript("return window.csSamePage === true;"))) {
            throw new AssertionError("the page reloaded instead of changing in place");
        }
        Number after = (Number) page.executeScript("return window.scrollY;");
        if (before.doubleValue() > 0 && after.doubleValue() <= 0) {
            throw new AssertionError("the page jumped back to its top (scrolled " + before + " px before)");
        }
    }

    /** Keeps a screenshot under target/screenshots (docs/images holds the published ones). */
    static void screenshot(WebDriver driver, String name) throws Exception {
        Path target = Paths.get("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
