package io.crosssell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.crosssell.demo.launch.DatabaseSettings;
import io.crosssell.demo.launch.EmbeddedWebApp;

/**
 * The storefront's main pages with the widgets on a desktop and on a phone (390×844, Chromium's device emulation):
 * pictures, layout without sideways scrolling, and axe-core's accessibility checks (WCAG 2.1 AA rules and best
 * practices) with no serious or critical violation.
 */
class ShopperOnAnyScreenBrowserIT {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final String PRODUCT = "/bikes/metro-commuter-bike";

    private static EmbeddedWebApp site;
    private static WebDriver desktop;
    private static WebDriver phone;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, DatabaseSettings.hsqldbInMemory("screens-it"), true);
        desktop = Chromium.start(true);
        phone = Chromium.startPhone(PHONE_WIDTH, PHONE_HEIGHT);
    }

    @BeforeEach
    void newShoppers() {
        desktop.manage().deleteAllCookies();
        phone.manage().deleteAllCookies();
    }

    @AfterAll
    static void stop() throws Exception {
        for (WebDriver driver : new WebDriver[] {desktop, phone}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void productPageShowsEachItemsPictureJoinedByPlusAtThumbnailSize() throws Exception {
        desktop.get(site.baseUrl() + PRODUCT);
        WebElement widget = desktop.findElement(By.cssSelector("[data-cs-placement='fbt']"));
        List<WebElement> pictures = widget.findElements(By.cssSelector(".cs-thumbs img"));
        List<String> offered = new ArrayList<>();
        offered.add("101");
        for (WebElement item : widget.findElements(By.cssSelector(".cs-item:not(.cs-anchor)"))) {
            offered.add(item.getAttribute("data-cs-product-id"));
        }
        assertThat(pictures).as("the viewed product and each complement").hasSize(offered.size());
        assertThat(widget.findElements(By.cssSelector(".cs-thumbs .cs-plus"))).hasSize(offered.size() - 1)
                .allSatisfy(plus -> assertThat(plus.getText()).isEqualTo("+"));
        ((JavascriptExecutor) desktop).executeScript("arguments[0].scrollIntoView()", widget);
        for (WebElement picture : pictures) {
            assertThat(picture.getAttribute("alt")).as("alternative text").isNotBlank();
            assertThat(picture.getAttribute("loading")).isEqualTo("lazy");
            assertThat(picture.getAttribute("width")).isEqualTo("96");
            assertThat(picture.getAttribute("height")).isEqualTo("96");
            assertThat(picture.getAttribute("src")).contains("/cmsstatic/img/products/").endsWith("?crosssellThumbnail");
            waitUntilLoaded(desktop, picture);
            assertThat(picture.getSize().getWidth()).as("shown at thumbnail size").isEqualTo(96);
            assertThat(naturalWidth(desktop, picture)).as("Broadleaf's resized copy, not the 480 px original").isEqualTo(192);
        }
        assertThat(pictures.get(0).getAttribute("alt")).isEqualTo("Metro Commuter Bike");

        WebElement lockPicture = widget.findElement(By.cssSelector("[data-cs-thumb-for='121']"));
        widget.findElement(By.cssSelector("[data-cs-product-id='121'] input[type=checkbox]")).click();
        assertThat(lockPicture.getAttribute("class")).as("an unticked item's picture fades").contains("cs-off");
        assertThat(widget.findElement(By.cssSelector(".cs-total")).getAttribute("aria-live"))
                .as("a changed total is announced").isEqualTo("polite");
    }

    @Test
    void cartAndConfirmationShowPicturesAndButtonsNameTheirItem() throws Exception {
        addTheWidgetsItemsAndAWarranty(desktop);
        WebElement cartWidget = desktop.findElement(By.cssSelector("[data-cs-placement='cart']"));
        assertPicturesWithAlt(desktop, cartWidget);
        List<WebElement> buttons = desktop.findElements(By.cssSelector(".cs-widget button"));
        assertThat(buttons).isNotEmpty();
        for (WebElement button : buttons) {
            String name = accessibleName(button);
            assertThat(name).as("button \"%s\" names what it acts on", button.getText()).isNotIn("Add", "Remove")
                    .startsWith(button.getText());
        }
        assertThat(accessibleName(cartWidget.findElement(By.cssSelector(".cs-item button")))).startsWith("Add ")
                .endsWith(" to your cart").contains(cartWidget.findElement(By.cssSelector(".cs-item .cs-name")).getText());
        // However many per-item adds the cart shows, proceeding to checkout is its one solid button.
        List<WebElement> solid = desktop.findElements(By.cssSelector("button, a.checkout-button")).stream()
                .filter(control -> control.isDisplayed() && !isTransparent(control.getCssValue("background-color")))
                .collect(Collectors.toList());
        assertThat(solid).extracting(WebElement::getText).containsExactly("Proceed to checkout");

        placeOrder(desktop, "pictures@example.com");
        WebElement offers = desktop.findElement(By.cssSelector("[data-cs-placement='confirmation']"));
        assertPicturesWithAlt(desktop, offers);
    }

    @Test
    void checkoutEmailErrorIsTiedToItsField() throws Exception {
        desktop.get(site.baseUrl() + PRODUCT);
        Chromium.submit(desktop, desktop.findElement(By.cssSelector("form.add-to-cart button")));
        desktop.get(site.baseUrl() + "/checkout");
        WebElement email = desktop.findElement(By.id("emailAddress"));
        assertThat(email.getAttribute("aria-invalid")).isNull();
        submitWithoutBrowserValidation(desktop, "not an address");

        email = desktop.findElement(By.id("emailAddress"));
        assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = email.getAttribute("aria-describedby");
        assertThat(describedBy).isNotBlank();
        assertThat(desktop.findElement(By.id(describedBy)).getText()).isEqualTo("Please enter a valid e-mail address.");
    }

    @Test
    void phoneRendersThePagesAtItsWidthWithNothingWiderThanTheScreen() throws Exception {
        phone.get(site.baseUrl() + "/");
        assertThat(number(phone, "return window.innerWidth")).as("the viewport meta: the page is laid out for the phone")
                .isEqualTo(PHONE_WIDTH);
        Map<String, Long> tooWide = new LinkedHashMap<>();
        for (String path : new String[] {"/", "/bikes", PRODUCT}) {
            phone.get(site.baseUrl() + path);
            recordOverflow(phone, path, tooWide);
        }
        screenshot(phone, "fbt-widget-phone.png");
        addTheWidgetsItemsAndAWarranty(phone);
        recordOverflow(phone, "/cart", tooWide);
        WebElement remove = phone.findElement(By.cssSelector(".cart-line .cart-remove button"));
        assertThat(remove.isDisplayed()).isTrue();
        assertThat(right(phone, remove)).as("Remove is on the screen").isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(right(phone, phone.findElement(By.cssSelector(".cart-line .cart-update button")))).as("Update is on the screen")
                .isLessThanOrEqualTo(PHONE_WIDTH);
        screenshot(phone, "cart-phone.png");
        phone.get(site.baseUrl() + "/checkout");
        recordOverflow(phone, "/checkout", tooWide);
        placeOrder(phone, "phone@example.com");
        recordOverflow(phone, "/confirmation", tooWide);
        assertThat(tooWide).as("pages wider than the %d px screen (their scroll width)", PHONE_WIDTH).isEmpty();
    }

    @Test
    void productCartCheckoutAndConfirmationHaveNoSeriousAccessibilityViolationsOnDesktopAndPhone() throws Exception {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (WebDriver driver : new WebDriver[] {desktop, phone}) {
            String screen = driver == phone ? "phone " : "desktop ";
            driver.get(site.baseUrl() + PRODUCT);
            check(driver, screen + "product page", violations);
            addTheWidgetsItemsAndAWarranty(driver);
            check(driver, screen + "cart", violations);
            driver.get(site.baseUrl() + "/checkout");
            check(driver, screen + "checkout", violations);
            submitWithoutBrowserValidation(driver, "not an address");
            check(driver, screen + "checkout with an e-mail error", violations);
            placeOrder(driver, "axe@example.com");
            check(driver, screen + "confirmation", violations);
        }
        assertThat(violations).as("axe-core violations of impact serious or critical").isEmpty();
    }

    @Test
    void theAccessibilityCheckReportsAButtonWithoutAName() throws Exception {
        desktop.get(site.baseUrl() + PRODUCT);
        ((JavascriptExecutor) desktop).executeScript(
                "var b = document.createElement('button'); document.querySelector('.cs-widget').appendChild(b);");

        assertThat(A11y.seriousViolations(desktop)).as("axe runs in the page and sees what a screen reader would")
                .anySatisfy(violation -> assertThat(violation).contains("button-name"));
    }

    /** The FBT widget's items into the cart (with scripts: in the background), then a warranty for the bike. */
    private void addTheWidgetsItemsAndAWarranty(WebDriver driver) {
        driver.get(site.baseUrl() + PRODUCT);
        WebElement widget = driver.findElement(By.cssSelector("[data-cs-placement='fbt']"));
        String count = widget.findElement(By.cssSelector(".cs-add-all")).getText().replaceAll("\\D", "");
        widget.findElement(By.cssSelector(".cs-add-all")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-cs-cart-count]"), count));
        driver.get(site.baseUrl() + "/cart");
        Chromium.changeInPlace(driver, driver.findElement(By.cssSelector("[data-cs-placement='addons'] [data-cs-addon-id='2'] .cs-add-one button")),
                "Added to your order.");
    }

    private static boolean isTransparent(String cssColour) {
        return cssColour.equals("transparent") || cssColour.replace(" ", "").matches("rgba\\(\\d+,\\d+,\\d+,0(\\.0*)?\\)");
    }

    private void placeOrder(WebDriver driver, String email) {
        driver.get(site.baseUrl() + "/checkout");
        WebElement field = driver.findElement(By.id("emailAddress"));
        field.clear();
        field.sendKeys(email);
        Chromium.submit(driver, driver.findElement(By.cssSelector(".place-order")));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/confirmation/"));
    }

    /** Posts the checkout form with an address the server refuses (the browser's own check would stop it first). */
    private static void submitWithoutBrowserValidation(WebDriver driver, String email) {
        WebElement field = driver.findElement(By.id("emailAddress"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].form.noValidate = true; arguments[0].value = arguments[1];", field, email);
        Chromium.submit(driver, driver.findElement(By.cssSelector(".place-order")));
    }

    private static void check(WebDriver driver, String page, Map<String, List<String>> violations) throws Exception {
        List<String> found = A11y.seriousViolations(driver);
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }

    private static void recordOverflow(WebDriver driver, String page, Map<String, Long> tooWide) {
        long width = number(driver, "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        if (width > number(driver, "return window.innerWidth")) {
            tooWide.put(page, width);
        }
    }

    private static void assertPicturesWithAlt(WebDriver driver, WebElement widget) {
        List<WebElement> items = widget.findElements(By.cssSelector(".cs-item"));
        assertThat(items).isNotEmpty();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", widget);
        for (WebElement item : items) {
            WebElement picture = item.findElement(By.cssSelector("img.cs-image"));
            assertThat(picture.getAttribute("alt")).isEqualTo(item.findElement(By.cssSelector(".cs-name")).getText());
            assertThat(picture.getAttribute("loading")).isEqualTo("lazy");
            assertThat(picture.getAttribute("src")).endsWith("?crosssellThumbnail");
            waitUntilLoaded(driver, picture);
            assertThat(picture.getSize().getWidth()).isEqualTo(56);
        }
    }

    private static void waitUntilLoaded(WebDriver driver, WebElement picture) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(current -> naturalWidth(current, picture) > 0);
    }

    private static long naturalWidth(WebDriver driver, WebElement picture) {
        return (Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", picture);
    }

    private static String accessibleName(WebElement element) {
        String label = element.getAttribute("aria-label");
        return label != null && !label.isEmpty() ? label : element.getText();
    }

    private static long right(WebDriver driver, WebElement element) {
        return number(driver, "return Math.ceil(arguments[0].getBoundingClientRect().right)", element);
    }

    private static long number(WebDriver driver, String script, Object... args) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script, args)).longValue();
    }

    private static void screenshot(WebDriver driver, String name) throws Exception {
        Chromium.screenshot(driver, name);
    }
}
