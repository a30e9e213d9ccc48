package io.crosssell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.crosssell.demo.launch.DatabaseSettings;
import io.crosssell.demo.launch.EmbeddedWebApp;

/** A shopper in real headless Chromium against the demo storefront. */
class StorefrontBrowserIT {

    private static EmbeddedWebApp site;
    private static WebDriver browser;
    private static WebDriver browserWithoutScripts;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, DatabaseSettings.hsqldbInMemory("browser-it"), true);
        browser = Chromium.start(true);
        browserWithoutScripts = Chromium.start(false);
    }


    @BeforeEach
    void newShopper() {
        browser.manage().deleteAllCookies();
        browserWithoutScripts.manage().deleteAllCookies();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (browserWithoutScripts != null) {
            browserWithoutScripts.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void shopperUnchecksOneComplementAndAddsTheRestToTheCart() throws Exception {
        browser.get(site.baseUrl() + "/bikes/metro-commuter-bike");
        WebElement widget = browser.findElement(By.cssSelector("[data-cs-placement='fbt']"));
        WebElement button = widget.findElement(By.cssSelector(".cs-add-all"));
        WebElement total = widget.findElement(By.cssSelector(".cs-total-price"));
        WebElement bundle = widget.findElement(By.cssSelector(".cs-bundle"));
        assertThat(button.getText()).isEqualTo("Add 4 items to cart");
        assertThat(total.getText()).isEqualTo("$701.57");
        WebElement nudge = widget.findElement(By.cssSelector(".cs-bundle-nudge"));
        assertThat(bundle.getText()).isEqualTo(
                "Commuter kit (Metro Commuter Bike + Commuter Light Set + Heavy U-Lock): buy them together and save $72.40");
        assertThat(nudge.isDisplayed()).isFalse();

        widget.findElement(By.cssSelector("[data-cs-product-id='121'] input[type=checkbox]")).click();
        assertThat(button.getText()).isEqualTo("Add 3 items to cart");
        assertThat(total.getText()).as("the kit is incomplete without the lock").isEqualTo("$703.98");
        assertThat(bundle.isDisplayed()).isFalse();
        assertThat(nudge.getText()).as("unticking a kit item names what to tick again")
                .isEqualTo("Add Heavy U-Lock to save $72.40 with the Commuter kit.");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'end'});", widget);
        screenshot("fbt-bundle-nudge.png");

        widget.findElement(By.cssSelector("[data-cs-product-id='121'] input[type=checkbox]")).click();
        widget.findElement(By.cssSelector("[data-cs-product-id='111'] input[type=checkbox]")).click();
        assertThat(button.getText()).isEqualTo("Add 3 items to cart");
        assertThat(total.getText()).isEqualTo("$651.58");
        assertThat(bundle.isDisplayed()).isTrue();
        assertThat(nudge.isDisplayed()).as("an unticked item outside the kit keeps the saving").isFalse();
        screenshot("fbt-widget.png");
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-cs-cart-count]"), "3"));
        assertThat(widget.findElement(By.cssSelector(".cs-message")).getText()).isEqualTo("Added 3 items to your cart.");

        browser.get(site.baseUrl() + "/cart");
        List<String> lines = browser.findElements(By.cssSelector(".cart-line")).stream()
                .map(line -> line.getAttribute("data-product-id")).sorted().collect(Collectors.toList());
        assertThat(lines).containsExactly("101", "121", "133");
        assertThat(browser.findElement(By.cssSelector("[data-cs-placement='bundle-savings']")).getText())
                .isEqualTo("Commuter kit (Metro Commuter Bike + Commuter Light Set + Heavy U-Lock) \u2212$72.40");
        assertThat(browser.findElement(By.cssSelector(".cart-subtotal")).getText()).isEqualTo("$651.58");
        assertThat(browser.findElement(By.cssSelector("[data-cs-placement='cart']")).getText())
                .contains("Complete your order").doesNotContain("Metro Commuter Bike");
        screenshot("cart-widget.png");
    }

    @Test
    void withoutScriptsTheCheckedItemsAreAddedAndTheBrowserLandsOnTheCart() {
        browserWithoutScripts.get(site.baseUrl() + "/bikes/metro-commuter-bike");
        WebElement widget = browserWithoutScripts.findElement(By.cssSelector("[data-cs-placement='fbt']"));
        widget.findElement(By.cssSelector("[data-cs-product-id='133'] input[type=checkbox]")).click();
        widget.findElement(By.cssSelector("[data-cs-product-id='121'] input[type=checkbox]")).click();

        submit(browserWithoutScripts, widget.findElement(By.cssSelector(".cs-add-all")));

        assertThat(browserWithoutScripts.getCurrentUrl()).endsWith("/cart");
        List<String> lines = browserWithoutScripts.findElements(By.cssSelector(".cart-line")).stream()
                .map(line -> line.getAttribute("data-product-id")).sorted().collect(Collectors.toList());
        assertThat(lines).containsExactly("101", "111");
    }

    @Test
    void withoutScriptsAnAddOnComesBackToTheAddOnsAndARefusedWrapKeepsItsTicksAndMessage() {
        browserWithoutScripts.get(site.baseUrl() + "/bikes/metro-commuter-bike");
        submit(browserWithoutScripts, browserWithoutScripts.findElement(By.cssSelector("form.add-to-cart button")));
        WebElement addOns = browserWithoutScripts.findElement(By.cssSelector("[data-cs-placement='addons']"));

        submit(browserWithoutScripts, addOns.findElement(By.cssSelector("[data-cs-addon-id='2'] .cs-add-one button")));
        assertThat(browserWithoutScripts.getCurrentUrl()).endsWith("/cart#cs-addons");

        WebElement giftWrap = browserWithoutScripts.findElement(By.cssSelector(".cs-giftwrap-form"));
        giftWrap.findElement(By.cssSelector("input[name=orderItemId]")).click();
        giftWrap.findElement(By.cssSelector("textarea[name=message]")).sendKeys("Ride safe <i>always</i>");
        submit(browserWithoutScripts, giftWrap.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browserWithoutScripts.getCurrentUrl()).endsWith("/cart?csAddOnError=bad-message#cs-addons");
        assertThat(browserWithoutScripts.findElement(By.cssSelector("[data-cs-placement='addons'] .cs-error")).getText())
                .isEqualTo("The gift message is too long or contains HTML tags. Nothing was changed.");
        giftWrap = browserWithoutScripts.findElement(By.cssSelector(".cs-giftwrap-form"));
        assertThat(giftWrap.findElement(By.cssSelector("textarea[name=message]")).getAttribute("value")).isEqualTo("Ride safe <i>always</i>");
        assertThat(giftWrap.findElement(By.cssSelector("input[name=orderItemId]")).isSelected()).isTrue();
    }

    @Test
    void shopperPlacesAnOrderAndAddsAPostPurchaseOfferToANewCart() throws Exception {
        browser.get(site.baseUrl() + "/bikes/metro-commuter-bike");
        submit(browser.findElement(By.cssSelector("form.add-to-cart button")));
        submit(browser.findElement(By.linkText("Proceed to checkout")));
        browser.findElement(By.id("emailAddress")).sendKeys("rider@example.com");
        submit(browser.findElement(By.cssSelector(".place-order")));

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/confirmation/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your order");
        assertThat(browser.findElement(By.cssSelector(".order-line")).getAttribute("data-product-id")).isEqualTo("101");
        WebElement offers = browser.findElement(By.cssSelector("[data-cs-placement='confirmation']"));
        List<WebElement> items = offers.findElements(By.cssSelector(".cs-item"));
        assertThat(items).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-cs-cart-count]")).getText()).isEqualTo("0");
        screenshot("confirmation-widget.png");
        String offered = items.get(0).getAttribute("data-cs-product-id");

        submit(items.get(0).findElement(By.cssSelector(".cs-add-one button")));

        assertThat(browser.getCurrentUrl()).endsWith("/cart");
        assertThat(browser.findElements(By.cssSelector(".cart-line")).stream()
                .map(line -> line.getAttribute("data-product-id")).collect(Collectors.toList())).containsExactly(offered);
    }

    @Test
    void shopperAddsAWarrantyGiftWrapAndExpressDeliveryAndTheOrderKeepsThem() throws Exception {
        browser.get(site.baseUrl() + "/bikes/metro-commuter-bike");
        submit(browser.findElement(By.cssSelector("form.add-to-cart button")));
        waitForUrlEnding("/cart");

        Chromium.changeInPlace(browser, addOns().findElement(By.cssSelector("[data-cs-addon-id='2'] .cs-add-one button")),
                "Added to your order.");
        assertThat(browser.findElement(By.cssSelector(".cart-lines tbody")).getText()).contains("2-year extended warranty");

        WebElement giftWrap = addOns().findElement(By.cssSelector(".cs-giftwrap-form"));
        giftWrap.findElement(By.cssSelector("input[name=orderItemId]")).click();
        giftWrap.findElement(By.cssSelector("textarea[name=message]")).sendKeys("Happy <b>birthday</b>");
        Chromium.changeInPlace(browser, giftWrap.findElement(By.cssSelector("button[type=submit]")),
                "The gift message is too long or contains HTML tags. Nothing was changed.");
        assertThat(giftWrap.findElement(By.cssSelector("textarea[name=message]")).getAttribute("value"))
                .as("a refused wrap keeps what was typed").isEqualTo("Happy <b>birthday</b>");
        assertThat(giftWrap.findElement(By.cssSelector("input[name=orderItemId]")).isSelected()).isTrue();
        giftWrap.findElement(By.cssSelector("textarea[name=message]")).clear();
        giftWrap.findElement(By.cssSelector("textarea[name=message]")).sendKeys("Happy birthday, Sam!");
        Chromium.changeInPlace(browser, giftWrap.findElement(By.cssSelector("button[type=submit]")), "Added to your order.");
        Chromium.changeInPlace(browser, addOns().findElement(By.cssSelector(".cs-order-addons [data-cs-addon-id='4'] .cs-add-one button")),
                "Added to your order.");
        assertThat(browser.findElement(By.cssSelector(".cart-lines tfoot")).getText()).as("delivery sits with the totals")
                .contains("Express delivery");

        assertThat(browser.findElements(By.cssSelector(".cart-addon-line")).stream().map(WebElement::getText)
                .collect(Collectors.toList())).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".cart-total")).getText()).isEqualTo("$661.90");
        assertThat(addOns().findElement(By.cssSelector(".cs-wrap")).getText()).contains("Metro Commuter Bike", "Happy birthday, Sam!");
        screenshot("addons-widget.png");

        submit(browser.findElement(By.linkText("Proceed to checkout")));
        browser.findElement(By.id("emailAddress")).sendKeys("sam@example.com");
        submit(browser.findElement(By.cssSelector(".place-order")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/confirmation/"));
        assertThat(browser.findElements(By.cssSelector(".order-line")).stream().map(WebElement::getText)
                .collect(Collectors.toList())).hasSize(4);
        assertThat(browser.findElement(By.cssSelector(".order-total")).getText()).isEqualTo("$661.90");
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .contains("2-year extended warranty", "Gift wrap", "Happy birthday, Sam!", "Express delivery");
    }

    /** Clicks something that loads a new page and waits until the old one is gone. */
    private static void submit(WebElement control) {
        submit(browser, control);
    }

    private static void submit(WebDriver driver, WebElement control) {
        Chromium.submit(driver, control);
    }

    private static void waitForUrlEnding(String end) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(java.util.regex.Pattern.quote(end) + "$"));
    }

    private static WebElement addOns() {
        return browser.findElement(By.cssSelector("[data-cs-placement='addons']"));
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
