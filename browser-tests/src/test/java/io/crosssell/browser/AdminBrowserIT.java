package io.crosssell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.demo.launch.EmbeddedWebApp;

/**
 * A merchandiser in headless Chromium: logs in to the admin console, creates a rule with the product lookups,
 * and a shopper then sees it on the storefront; reads the performance screen's charts. As in the demo, the
 * storefront and the admin run in JVMs of their own on one HSQLDB server.
 */
class AdminBrowserIT {

    private static BrowserShop shop;
    private static EmbeddedWebApp site;
    private static String adminUrl;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        shop = BrowserShop.start();
        site = shop.site;
        adminUrl = shop.adminUrl;
        browser = Chromium.start(true);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void merchandiserCreatesARuleInTheAdminAndShoppersSeeItOnTheProductPage() throws Exception {
        browser.get(site.baseUrl() + "/bikes/metro-commuter-bike");
        assertThat(fbtProductIds()).doesNotContain("141");

        browser.get(adminUrl + "/login");
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        Chromium.submit(browser, browser.findElement(By.cssSelector("form [type=submit], form button")));

        // The add form opens in a dialog over the rule list, as for any Broadleaf entity.
        browser.get(adminUrl + "/crosssell-rules");
        browser.findElement(By.cssSelector("button.add-main-entity")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(formField("name")));
        browser.findElement(formField("name")).sendKeys("Commuters need a pump");
        // Four rule types: Broadleaf shows an enumeration this short as radio buttons, not a drop-down.
        browser.findElement(By.xpath("//input[@type='radio'][@name=\"fields['ruleType'].value\"][@value='FREQUENTLY_BOUGHT_TOGETHER']"))
                .click();
        lookUp("sourceProduct", "101", "Metro Commuter Bike");
        lookUp("targetProduct", "141", "Floor Pump Pro");
        browser.findElement(formField("priority")).sendKeys("100");
        // Second place: the demo's rule 4 pins the light set first.
        browser.findElement(formField("position")).sendKeys("2");
        browser.findElement(By.cssSelector("label[for='active-true']")).click();
        browser.findElement(By.cssSelector(".modal .submit-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/crosssell-rules/\\d+$"));
        assertThat(browser.findElement(formField("name")).getAttribute("value"))
                .isEqualTo("Commuters need a pump");
        Chromium.screenshot(browser, "admin-rule-edit.png");

        browser.get(adminUrl + "/crosssell-rules");
        assertThat(browser.findElement(By.id("listGrid-main")).getText()).contains("Commuters need a pump");
        Chromium.screenshot(browser, "admin-rule-list.png");

        browser.get(adminUrl + "/crosssell-preview?productId=101");
        assertThat(browser.findElement(By.cssSelector("[data-cs-placement='fbt']")).getText()).contains("Floor Pump Pro");
        Chromium.screenshot(browser, "admin-preview.png");

        browser.get(adminUrl + "/product/101");
        browser.findElement(By.linkText("Cross-sell")).click();
        WebElement productRules = browser.findElement(By.cssSelector(".cs-product-rules"));
        assertThat(productRules.getText()).contains("Commuters need a pump", "Commuter bike: light set first");
        Chromium.screenshot(browser, "admin-product-rules.png");

        browser.get(adminUrl + "/crosssell-bundles");
        String kit = browser.findElement(By.xpath("//*[@id='listGrid-main']//tr[td[contains(., 'Commuter kit')]]"))
                .getAttribute("data-link");
        browser.get("http://127.0.0.1:" + URI.create(adminUrl).getPort() + kit);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Heavy U-Lock", "Commuter Light Set");
        // The items list sits under the bundle's own fields.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight);");
        Chromium.screenshot(browser, "admin-bundle.png");

        // The storefront picks rule changes from another process up within its 5 s refresh.
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(driver -> {
            driver.get(site.baseUrl() + "/bikes/metro-commuter-bike");
            return fbtProductIds().contains("141");
        });
        assertThat(fbtProductIds().get(2)).as("pinned to the second complement place").isEqualTo("141");
    }

    @Test
    void storedMarkupInTextAreasDoesNotRunInTheAdminsBrowser() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
        String payload = "</textarea><img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>";
        // Written past the admin's validation, as an older release or another tool could have stored it.
        jdbc.update("UPDATE CS_RULE SET PROMOTION_MESSAGE = ? WHERE CS_RULE_ID = 2", payload);
        jdbc.update("UPDATE BLC_SKU SET LONG_DESCRIPTION = ? WHERE SKU_ID = 103", payload);
        logIn();
        for (String[] form : new String[][] {{"/crosssell-rules/2", "promotionMessage"}, {"/product/103", "longDescription"}}) {
            browser.get(adminUrl + form[0]);
            WebElement field = new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.xpath("//textarea[contains(@name, \"" + form[1] + "'\")]")));
            Thread.sleep(1000);
            Object ran = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.__xss === 1;");
            assertThat(ran).as(form[0]).isEqualTo(Boolean.FALSE);
            if (form[1].equals("promotionMessage")) {
                // A plain text area shows the stored text exactly; the rich-text editor of the description reads
                // its text area as HTML and tidies it.
                assertThat(field.getAttribute("value")).as("the form shows the stored text as text").isEqualTo(payload);
            }
        }
    }

    @Test
    void thePerformanceScreenDrawsItsDailyChartsWithTheDemosHistory() throws Exception {
        logIn();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1800));
        browser.get(adminUrl + "/crosssell-performance");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cs-chart-funnel canvas")));
        org.openqa.selenium.JavascriptExecutor page = (org.openqa.selenium.JavascriptExecutor) browser;

        // The data points the chart library holds for its first series (impressions per day), as drawn.
        Object drawnDays = page.executeScript("var chart = echarts.getInstanceByDom(document.getElementById('cs-chart-funnel'));"
                + " return chart.getOption().series[0].data.filter(function (v) { return v > 0; }).length;");
        Object revenueBars = page.executeScript("var chart = echarts.getInstanceByDom(document.getElementById('cs-chart-revenue'));"
                + " return chart.getOption().series[0].data.filter(function (v) { return Number(v) > 0; }).length;");
        Object canvasWidth = page.executeScript("return document.querySelector('#cs-chart-funnel canvas').width;");

        assertThat(((Number) drawnDays).intValue()).as("days with impressions in the last 30").isGreaterThanOrEqualTo(25);
        assertThat(((Number) revenueBars).intValue()).as("days with attributed revenue").isGreaterThan(5);
        assertThat(((Number) canvasWidth).intValue()).isGreaterThan(300);
        Chromium.screenshot(browser, "admin-performance.png");
    }

    private static void logIn() {
        browser.get(adminUrl + "/login");
        if (!browser.findElements(By.name("j_username")).isEmpty()) {
            browser.findElement(By.name("j_username")).sendKeys("admin");
            browser.findElement(By.name("j_password")).sendKeys("admin");
            Chromium.submit(browser, browser.findElement(By.cssSelector("form [type=submit], form button")));
        }
    }

    /**
     * Picks a product in a to-one lookup field as a merchandiser does: opens Broadleaf's lookup dialog, filters its
     * list by name (it shows 20 rows at a time) and clicks the product's row.
     */
    private static void lookUp(String field, String productId, String productName) {
        browser.findElement(By.cssSelector("#field-" + field + " button.to-one-lookup")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // Broadleaf keeps earlier lookup dialogs in the page, hidden: work in the open one.
        WebElement dialog = wait.until(driver -> driver.findElements(By.cssSelector(".modal")).stream()
                .filter(modal -> modal.isDisplayed() && !modal.findElements(By.cssSelector("tr[data-rowid]")).isEmpty())
                .findFirst().orElse(null));
        WebElement nameColumn = dialog.findElements(By.cssSelector(".listgrid-headerBtn")).get(0);
        nameColumn.findElement(By.cssSelector(".filter-icon")).click();
        WebElement criteria = wait.until(ExpectedConditions.visibilityOf(
                nameColumn.findElement(By.cssSelector("input.listgrid-criteria-input"))));
        criteria.sendKeys(productName);
        nameColumn.findElement(By.cssSelector(".listgrid-filter")).click();
        wait.until(driver -> dialog.findElements(By.cssSelector("tr[data-rowid]")).size() == 1
                && !dialog.findElements(By.cssSelector("tr[data-rowid='" + productId + "']")).isEmpty());
        dialog.findElement(By.cssSelector("tr[data-rowid='" + productId + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(formField(field), "value", productId));
    }

    /** The input of an entity form field (Broadleaf names them fields['name'].value). */
    private static By formField(String name) {
        return By.xpath("//*[@name=\"fields['" + name + "'].value\"]");
    }

    private static List<String> fbtProductIds() {
        return browser.findElements(By.cssSelector("[data-cs-placement='fbt'] [data-cs-product-id]")).stream()
                .map(item -> item.getAttribute("data-cs-product-id")).collect(Collectors.toList());
    }
}
