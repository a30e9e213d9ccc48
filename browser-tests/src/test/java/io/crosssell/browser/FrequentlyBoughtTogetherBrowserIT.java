package io.crosssell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.crosssell.demo.launch.DatabaseSettings;
import io.crosssell.demo.launch.EmbeddedWebApp;

/** A shopper in real headless Chromium against the demo storefront. */
class FrequentlyBoughtTogetherBrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static EmbeddedWebApp site;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "SKIPPED: browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, DatabaseSettings.hsqldbInMemory("browser-it"), true);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1100,900", "--user-data-dir=" + Files.createTempDirectory("crosssell-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void shopperUnchecksOneComplementAndAddsTheRestToTheCart() throws Exception {
        browser.get(site.baseUrl() + "/bikes/metro-commuter-bike");
        WebElement widget = browser.findElement(By.cssSelector("[data-cs-placement='fbt']"));
        screenshot("fbt-widget.png");
        WebElement button = widget.findElement(By.cssSelector(".cs-add-all"));
        assertThat(button.getText()).isEqualTo("Add 4 items to cart");

        widget.findElement(By.cssSelector("[data-cs-product-id='121'] input[type=checkbox]")).click();

        assertThat(button.getText()).isEqualTo("Add 3 items to cart");
        assertThat(widget.findElement(By.cssSelector(".cs-total-price")).getText()).isEqualTo("$703.98");
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-cs-cart-count]"), "3"));
        assertThat(widget.findElement(By.cssSelector(".cs-message")).getText()).isEqualTo("Added 3 items to your cart.");

        browser.get(site.baseUrl() + "/cart");
        List<String> lines = browser.findElements(By.cssSelector(".cart-line")).stream()
                .map(line -> line.getAttribute("data-product-id")).sorted().collect(Collectors.toList());
        assertThat(lines).containsExactly("101", "111", "133");
        assertThat(browser.findElement(By.cssSelector(".cart-subtotal")).getText()).isEqualTo("$703.98");
        assertThat(browser.findElement(By.cssSelector("[data-cs-placement='cart']")).getText())
                .contains("Complete your order").doesNotContain("Metro Commuter Bike");
        screenshot("cart-widget.png");
    }

    /** Keeps a screenshot under target/screenshots (docs/images holds the published ones). */
    private static void screenshot(String name) throws Exception {
        Path target = Paths.get("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
