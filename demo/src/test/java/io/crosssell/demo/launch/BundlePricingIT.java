package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.BundleValidationException;
import io.crosssell.bundle.service.BundleOfferCacheRefresher;
import io.crosssell.bundle.service.BundleService;

/**
 * Bundle discounts priced by Broadleaf's own pricing workflow in the real demo storefront: shoppers fill
 * carts over HTTP, bundles are changed through the plugin's bundle service, and the cart page, the
 * submitted order and its adjustments in the database show the outcome. The demo seeds the
 * "Commuter kit" (bike 101 + U-lock 121 + light set 133, 10 % off).
 */
@Tag(SharedApp.STOREFRONT)
class BundlePricingIT {

    private static final Pattern SAVING = Pattern.compile(
            "cs-bundle-name\">([^<(]+) \\(([^<)]+)\\)</span>(?:</td>\\s*<td[^>]*>)?\\s*<strong>[^<]*<span>\\$([0-9.,]+)</span>");
    private static final Pattern SUBTOTAL = Pattern.compile("class=\"cart-subtotal\">\\$([0-9.,]+)<");

    private static EmbeddedWebApp site;
    private static BundleService bundles;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
        bundles = site.rootContext().getBean("csBundleService", BundleService.class);
        jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
    }

    @Test
    void aCompleteKitIsDiscountedPerUnitRoundedToCents() throws Exception {
        TestHttpClient shopper = shopperWith("101", "121", "133");

        String cart = shopper.get("/cart").body;

        // 10 % of 599.00 + 69.99 + 54.99 per unit, half-even: 59.90 + 7.00 + 5.50
        assertThat(savings(cart)).containsExactly(entry("Commuter kit", "72.40"));
        assertThat(subtotal(cart)).isEqualTo("651.58");
    }

    @Test
    void aPartialSetEarnsNothing() throws Exception {
        String cart = shopperWith("101", "121").get("/cart").body;

        assertThat(savings(cart)).isEmpty();
        assertThat(subtotal(cart)).isEqualTo("668.99");
    }

    @Test
    void theDiscountAppliesOncePerCompleteSet() throws Exception {
        TestHttpClient twoSets = shopperWith("101", "121", "133");
        twoSets.addToCart("101");
        twoSets.addToCart("121");
        twoSets.addToCart("133");
        TestHttpClient spareBike = shopperWith("101", "121", "133");
        spareBike.addToCart("101");

        assertThat(savings(twoSets.get("/cart").body)).containsExactly(entry("Commuter kit", "144.80"));
        assertThat(savings(spareBike.get("/cart").body)).containsExactly(entry("Commuter kit", "72.40"));
        assertThat(subtotal(spareBike.get("/cart").body)).isEqualTo("1250.58");
    }

    @Test
    void removingAnItemRemovesTheDiscount() throws Exception {
        TestHttpClient shopper = shopperWith("101", "121", "133");
        Matcher lockLine = Pattern.compile("data-product-id=\"121\">.*?name=\"orderItemId\" value=\"(\\d+)\"", Pattern.DOTALL)
                .matcher(shopper.get("/cart").body);
        assertThat(lockLine.find()).isTrue();

        shopper.post("/cart/remove", "csrfToken", shopper.get("/cart").csrfToken(), "orderItemId", lockLine.group(1));

        String cart = shopper.get("/cart").body;
        assertThat(savings(cart)).isEmpty();
        assertThat(subtotal(cart)).isEqualTo("653.99");
    }

    @Test
    void anInactiveExpiredOrDeletedBundleStopsApplying() throws Exception {
        BundleDefinition gravel = bundles.create(BundleDefinition.builder("Gravel starter").percentOff("20")
                .product(102).product(123).build());
        try {
            TestHttpClient shopper = shopperWith("102", "123");
            assertThat(savings(shopper.get("/cart").body)).containsExactly(entry("Gravel starter", "243.80"));

            bundles.update(gravel.id(), gravel.toBuilder().active(false).build());
            assertThat(savings(shopper.get("/cart").body)).isEmpty();

            bundles.update(gravel.id(), gravel.toBuilder().dates(new Date(System.currentTimeMillis() - 3 * DAY),
                    new Date(System.currentTimeMillis() - DAY)).build());
            assertThat(savings(shopper.get("/cart").body)).isEmpty();

            bundles.update(gravel.id(), gravel);
            assertThat(savings(shopper.get("/cart").body)).containsExactly(entry("Gravel starter", "243.80"));
        } finally {
            bundles.delete(gravel.id());
        }
        assertThat(savings(shopperWith("102", "123").get("/cart").body)).isEmpty();
    }

    @Test
    void overlappingBundlesNeverDiscountAUnitTwiceAndTheShopperGetsTheBetterOne() throws Exception {
        BundleDefinition lockDeal = bundles.create(BundleDefinition.builder("Lock deal").percentOff("15")
                .product(101).product(121).build());
        try {
            String cart = shopperWith("101", "121", "133").get("/cart").body;

            // Lock deal: 89.85 + 10.50 = 100.35 beats the kit's 72.40; the light set then stands alone.
            assertThat(savings(cart)).containsExactly(entry("Lock deal", "100.35"));
            assertThat(subtotal(cart)).isEqualTo("623.63");
        } finally {
            bundles.delete(lockDeal.id());
        }
    }

    @Test
    void aFixedAmountComesOffOncePerSetIncludingAnyProductOfACategory() throws Exception {
        BundleDefinition trail = bundles.create(BundleDefinition.builder("Trail set").amountOff("25")
                .product(103).anyOfCategory(11).build());
        try {
            assertThat(savings(shopperWith("103", "113").get("/cart").body)).containsExactly(entry("Trail set", "25.00"));
            assertThat(savings(shopperWith("103", "121").get("/cart").body)).isEmpty();
            TestHttpClient twoHelmets = shopperWith("103", "113", "111");
            assertThat(savings(twoHelmets.get("/cart").body)).containsExactly(entry("Trail set", "25.00"));
        } finally {
            bundles.delete(trail.id());
        }
    }

    @Test
    void aPriceChangeReprices() throws Exception {
        TestHttpClient shopper = shopperWith("101", "121", "133");
        setLockPrice("79.99");
        try {
            // 59.90 + 8.00 + 5.50
            assertThat(savings(shopper.get("/cart").body)).containsExactly(entry("Commuter kit", "73.40"));
        } finally {
            setLockPrice("69.99");
        }
        assertThat(savings(shopper.get("/cart").body)).containsExactly(entry("Commuter kit", "72.40"));
    }

    @Test
    void postedPricesAndItemAttributesNeitherTriggerNorEnlargeADiscount() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();
        String[] tampering = {"overrideSalePrice", "0.01", "overrideRetailPrice", "0.01", "itemAttributes[bundle]",
                "Commuter kit", "discount", "99", "offerCode", "Commuter kit"};
        for (String product : new String[] {"101", "121"}) {
            String[] form = new String[4 + tampering.length];
            form[0] = "csrfToken";
            form[1] = token;
            form[2] = "productId";
            form[3] = product;
            System.arraycopy(tampering, 0, form, 4, tampering.length);
            shopper.post("/cart/add", form);
        }
        assertThat(savings(shopper.get("/cart").body)).isEmpty();
        assertThat(subtotal(shopper.get("/cart").body)).isEqualTo("668.99");

        shopper.post("/cart/add", "csrfToken", token, "productId", "133", "overrideSalePrice", "0.01");
        assertThat(savings(shopper.get("/cart").body)).containsExactly(entry("Commuter kit", "72.40"));
        assertThat(subtotal(shopper.get("/cart").body)).isEqualTo("651.58");
    }

    @Test
    void cartCheckoutConfirmationAndEmailListTheLinesAtFullPriceAndTheKitsSavingOnceNamingItsItems() throws Exception {
        TestHttpClient shopper = shopperWith("101", "121", "133", "111");
        String kitLine = "Commuter kit (Metro Commuter Bike + Heavy U-Lock + Commuter Light Set)";

        String cart = shopper.get("/cart").body;
        // 599.00 + 69.99 + 54.99 + 49.99 at full price, the saving once: nothing reads as taken off twice.
        assertThat(amounts(cart, "cart-line-total")).containsExactly("599.00", "69.99", "54.99", "49.99");
        assertThat(cart).contains(kitLine).doesNotContain("<del");
        assertThat(savings(cart)).containsExactly(entry("Commuter kit", "72.40"));
        assertThat(subtotal(cart)).isEqualTo("701.57");

        String checkout = shopper.get("/checkout").body;
        assertThat(checkout).contains(kitLine, "$599.00", "<th class=\"checkout-total\">$701.57</th>");
        assertThat(savings(checkout)).containsExactly(entry("Commuter kit", "72.40"));

        String orderNumber = shopper.placeOrder("kit-summary@example.com");
        String confirmation = shopper.get("/confirmation/" + orderNumber).body;
        assertThat(confirmation).contains(kitLine, "$599.00", "<th class=\"order-total\">$701.57</th>");
        assertThat(savings(confirmation)).containsExactly(entry("Commuter kit", "72.40"));

        javax.mail.internet.MimeMessage mail = site.rootContext().getBean("demoMailOutbox",
                io.crosssell.demo.mail.DemoMailOutbox.class).lastSentTo("kit-summary@example.com");
        String html = String.valueOf(mail.getContent());
        assertThat(html).contains(kitLine, "$599.00", "$72.40", "$701.57").doesNotContain("$539.10");
    }

    /** The amounts of the cells with this class, in page order. */
    private static List<String> amounts(String page, String cellClass) {
        List<String> amounts = new ArrayList<String>();
        Matcher cell = Pattern.compile("class=\"" + cellClass + "\"><span>\\$([0-9.,]+)<").matcher(page);
        while (cell.find()) {
            amounts.add(cell.group(1).replace(",", ""));
        }
        return amounts;
    }

    @Test
    void theSubmittedOrderCarriesTheBundleAdjustment() throws Exception {
        TestHttpClient shopper = shopperWith("101", "121", "133");
        String orderNumber = shopper.placeOrder("kit@example.com");
        BigDecimal adjusted = jdbc.queryForObject("SELECT SUM(a.ADJUSTMENT_VALUE * d.QUANTITY)"
                + " FROM BLC_ORDER_ITEM_DTL_ADJ a"
                + " JOIN BLC_ORDER_ITEM_PRICE_DTL d ON d.ORDER_ITEM_PRICE_DTL_ID = a.ORDER_ITEM_PRICE_DTL_ID"
                + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ITEM_ID = d.ORDER_ITEM_ID"
                + " JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID"
                + " JOIN CS_BUNDLE b ON b.OFFER_ID = a.OFFER_ID"
                + " WHERE o.ORDER_NUMBER = ? AND b.NAME = 'Commuter kit'", BigDecimal.class, orderNumber);
        assertThat(adjusted).isEqualByComparingTo("72.40");
        assertThat(jdbc.queryForObject("SELECT ORDER_TOTAL FROM BLC_ORDER WHERE ORDER_NUMBER = ?", BigDecimal.class,
                orderNumber)).isEqualByComparingTo("651.58");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_OFFER_AUDIT au JOIN BLC_ORDER o ON o.ORDER_ID = au.ORDER_ID"
                + " JOIN CS_BUNDLE b ON b.OFFER_ID = au.OFFER_ID WHERE o.ORDER_NUMBER = ?", Integer.class, orderNumber))
                .as("Broadleaf's offer usage record").isEqualTo(1);
        assertThat(savings(shopper.get("/confirmation/" + orderNumber).body)).containsExactly(entry("Commuter kit", "72.40"));
    }

    @Test
    void theProductPageShowsTheBundlePriceWhenTheShownSetCompletesTheKit() throws Exception {
        String page = new TestHttpClient(site.baseUrl()).get("/bikes/metro-commuter-bike").body;

        assertThat(page).contains("data-cs-bundle-ids=\"101 121 133\"", "data-cs-bundle-saving=\"72.40\"",
                "Commuter kit (Metro Commuter Bike + Commuter Light Set + Heavy U-Lock): buy them together and save", "<del class=\"cs-total-before\">$773.97</del>",
                "<strong class=\"cs-total-price\">$701.57</strong>");
        assertThat(new TestHttpClient(site.baseUrl()).get("/bikes/gravel-explorer").body).doesNotContain("<p class=\"cs-bundle\"");
    }

    @Test
    void aBundleChangedInAnotherProcessIsPricedWithinTheCheckInterval() throws Exception {
        // A bundle of its own: other tests never see it, whatever a cache may still hold of it.
        BundleDefinition gravel = bundles.create(BundleDefinition.builder("Gravel starter").percentOff("20")
                .product(102).product(123).build());
        try {
            TestHttpClient shopper = shopperWith("102", "123");
            assertThat(savings(shopper.get("/cart").body)).containsExactly(entry("Gravel starter", "243.80"));
            Long offerId = jdbc.queryForObject("SELECT OFFER_ID FROM CS_BUNDLE WHERE CS_BUNDLE_ID = ?", Long.class, gravel.id());

            // What the admin console's JVM writes when a merchandiser raises the bundle to 30 % off.
            jdbc.update("UPDATE BLC_OFFER SET OFFER_VALUE = 30 WHERE OFFER_ID = ?", offerId);
            jdbc.update("UPDATE CS_BUNDLE SET DISCOUNT_VALUE = 30, DATE_UPDATED = CURRENT_TIMESTAMP WHERE OFFER_ID = ?", offerId);

            // 359.70 + 6.00; without eviction Broadleaf could price from its cached offer for a day.
            assertThat(savingWithin(shopper, 15)).containsExactly(entry("Gravel starter", "365.70"));

            jdbc.update("UPDATE BLC_OFFER SET OFFER_VALUE = 20 WHERE OFFER_ID = ?", offerId);
            jdbc.update("UPDATE CS_BUNDLE SET DISCOUNT_VALUE = 20, DATE_UPDATED = CURRENT_TIMESTAMP WHERE OFFER_ID = ?", offerId);
            assertThat(savingWithin(shopper, 15)).containsExactly(entry("Gravel starter", "243.80"));
        } finally {
            bundles.delete(gravel.id());
        }
    }

    /** The cart's bundle savings once they change, polling the cart page for up to the given seconds. */
    private static Map<String, String> savingWithin(TestHttpClient shopper, int seconds) throws Exception {
        Map<String, String> first = savings(shopper.get("/cart").body);
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        Map<String, String> now = first;
        while (now.equals(first) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            now = savings(shopper.get("/cart").body);
        }
        return now;
    }

    @Test
    void invalidBundlesAreRefusedWithAClearMessageAndNothingIsSaved() {
        int bundlesBefore = count("CS_BUNDLE");
        int offersBefore = count("BLC_OFFER");
        BundleDefinition kit = bundles.bundles().get(0);
        BundleDefinition[] invalid = {
                BundleDefinition.builder("Alone").percentOff("10").product(101).build(),
                BundleDefinition.builder("Twice").percentOff("10").product(101).product(101).build(),
                BundleDefinition.builder("Discontinued").percentOff("10").product(101).product(106).build(),
                BundleDefinition.builder("Nothing off").percentOff("0").product(101).product(121).build(),
                BundleDefinition.builder("Everything off").percentOff("100").product(101).product(121).build(),
                BundleDefinition.builder("Too much").amountOff("600").product(101).product(121).build(),
                BundleDefinition.builder("Backwards").percentOff("10").product(101).product(121)
                        .dates(new Date(), new Date(System.currentTimeMillis() - DAY)).build(),
        };
        for (BundleDefinition bundle : invalid) {
            assertThatThrownBy(() -> bundles.create(bundle)).as(bundle.name())
                    .isInstanceOf(BundleValidationException.class).hasMessageEndingWith(".");
            assertThatThrownBy(() -> bundles.update(kit.id(), bundle.toBuilder().name(kit.name()).build()))
                    .as("update to " + bundle.name()).isInstanceOf(BundleValidationException.class);
        }

        assertThat(count("CS_BUNDLE")).isEqualTo(bundlesBefore);
        assertThat(count("BLC_OFFER")).isEqualTo(offersBefore);
        assertThat(bundles.read(kit.id()).members()).isEqualTo(kit.members());
        assertThat(bundles.read(kit.id()).discountValue()).isEqualByComparingTo("10");
    }

    private static final long DAY = 24L * 60 * 60 * 1000;

    private static TestHttpClient shopperWith(String... productIds) throws Exception {
        return new TestHttpClient(site.baseUrl()).addToCart(productIds);
    }

    static Map<String, String> savings(String page) {
        Map<String, String> savings = new LinkedHashMap<String, String>();
        Matcher saving = SAVING.matcher(page);
        while (saving.find()) {
            savings.put(saving.group(1), saving.group(3).replace(",", ""));
        }
        return savings;
    }

    private static Map.Entry<String, String> entry(String name, String amount) {
        return new java.util.AbstractMap.SimpleEntry<String, String>(name, amount);
    }

    private static String subtotal(String page) {
        Matcher subtotal = SUBTOTAL.matcher(page);
        assertThat(subtotal.find()).as("cart subtotal").isTrue();
        return subtotal.group(1).replace(",", "");
    }

    private static int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static void setLockPrice(final String price) {
        final CatalogService catalog = site.rootContext().getBean("blCatalogService", CatalogService.class);
        new TransactionTemplate(site.rootContext().getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(new TransactionCallback<Object>() {
                    @Override
                    public Object doInTransaction(TransactionStatus status) {
                        Sku lock = catalog.findSkuById(121L);
                        lock.setRetailPrice(new Money(price));
                        return catalog.saveSku(lock);
                    }
                });
    }
}
