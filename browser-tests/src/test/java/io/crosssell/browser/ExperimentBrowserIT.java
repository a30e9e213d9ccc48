package io.crosssell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A merchandiser in headless Chromium with experiments: reads the demo's running "Widget holdout" (its simulated
 * history drawn as the cumulative lift with its interval), then sets up, starts and stops an experiment of their own.
 */
class ExperimentBrowserIT {

    private static BrowserShop shop;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        // As the demo shop runs it: the storefront seeds its running experiment.
        System.setProperty("crosssell.demo.experiment", "true");
        shop = BrowserShop.start();
        browser = Chromium.start(true);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1500));
        browser.get(shop.adminUrl + "/login");
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        Chromium.submit(browser, browser.findElement(By.cssSelector("form [type=submit], form button")));
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("crosssell.demo.experiment");
        if (browser != null) {
            browser.quit();
        }
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void theDemosHoldoutReportShowsItsFiguresAndTheCumulativeLift() throws Exception {
        browser.get(shop.adminUrl + "/crosssell-experiments");
        browser.findElement(By.linkText("Widget holdout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cs-chart-lift canvas")));

        Object liftPoints = ((JavascriptExecutor) browser).executeScript("var chart = echarts.getInstanceByDom("
                + "document.getElementById('cs-chart-lift')); return chart.getOption().series[0].data"
                + ".filter(function (v) { return v !== null; }).length;");
        String holdout = browser.findElement(By.cssSelector("tr[data-cs-variant='Holdout'] .cs-visitors")).getText();
        String shown = browser.findElement(By.cssSelector("tr[data-cs-variant='Widget shown'] .cs-visitors")).getText();

        assertThat(((Number) liftPoints).intValue()).as("days of the simulated month with a lift drawn").isGreaterThanOrEqualTo(25);
        assertThat(Long.parseLong(shown) + Long.parseLong(holdout)).as("the simulated visitors").isGreaterThanOrEqualTo(40_000);
        assertThat(Double.parseDouble(holdout) / (Long.parseLong(shown) + Long.parseLong(holdout))).isBetween(0.08, 0.12);
        assertThat(browser.findElement(By.cssSelector("tr[data-cs-variant='Holdout'] .cs-lift")).getText()).contains("%");
        Chromium.screenshot(browser, "admin-experiment.png");
    }

    @Test
    void aMerchandiserSetsUpStartsAndStopsAnExperiment() throws Exception {
        browser.get(shop.adminUrl + "/crosssell-experiments");
        browser.findElement(By.cssSelector("a.cs-new-experiment")).click();
        WebElement name = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("cs-name")));
        name.sendKeys("Confirmation holdout");
        browser.findElement(By.id("cs-hypothesis")).sendKeys("Post-purchase offers bring second orders.");
        new Select(browser.findElement(By.id("cs-placement"))).selectByValue("confirmation");
        Chromium.submit(browser, browser.findElement(By.cssSelector(".cs-experiment-fields button[type=submit]")));

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cs-start")));
        assertThat(browser.findElement(By.cssSelector(".cs-experiment-summary")).getText()).contains("confirmation", "DRAFT");
        Chromium.submit(browser, browser.findElement(By.cssSelector(".cs-start")));

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cs-chart-lift canvas")));
        assertThat(browser.findElement(By.cssSelector(".cs-action-done")).getText()).contains("Started");
        assertThat(browser.findElement(By.cssSelector(".cs-experiment-summary")).getText()).contains("RUNNING");
        assertThat(browser.findElement(By.cssSelector(".cs-not-enough-data")).getText()).startsWith("Not enough data yet");
        List<String> variants = browser.findElements(By.cssSelector(".cs-variant-results tbody tr")).stream()
                .map(row -> row.getAttribute("data-cs-variant")).collect(Collectors.toList());
        assertThat(variants).containsExactly("Widget shown", "Holdout");

        Chromium.submit(browser, browser.findElement(By.cssSelector(".cs-stop")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".cs-experiment-summary"), "STOPPED"));
    }
}
