package io.crosssell.demo.launch;

import static io.crosssell.demo.launch.AdminForms.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two storefront JVMs and the admin on one database, as a shop runs them: concurrent shoppers on both storefronts
 * add up exactly in the shared counters, and a shopper's view → add-all → checkout shows up, attributed, in the
 * admin's CSV export and dashboard.
 */
class TrackingAcrossStorefrontsIT {

    private static final int VIEWS_PER_STOREFRONT = 30;
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private static ServerDatabaseShop shop;
    private static EmbeddedWebApp siteA;
    private static String siteBUrl;
    private static String adminUrl;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoStorefrontsAndTheAdmin() throws Exception {
        shop = ServerDatabaseShop.start();
        siteA = shop.storefront();
        jdbc = shop.jdbc();
        List<String> children = shop.launch(EmbeddedWebApp.App.SITE, EmbeddedWebApp.App.ADMIN);
        siteBUrl = children.get(0);
        adminUrl = children.get(1);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void concurrentShoppersOnTwoStorefrontsAddUpExactly() throws Exception {
        ExecutorService shoppers = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> views = new ArrayList<Future<List<String>>>();
        for (final String base : Arrays.asList(siteA.baseUrl(), siteBUrl)) {
            for (int i = 0; i < VIEWS_PER_STOREFRONT; i++) {
                views.add(shoppers.submit(new Callable<List<String>>() {
                    @Override
                    public List<String> call() throws Exception {
                        TestHttpClient shopper = new TestHttpClient(base);
                        TestHttpClient.Response page = shopper.get("/helmets/trail-mips-helmet");
                        List<String> shown = TrackedPages.shownItems(page.body);
                        TestHttpClient.Response click = shopper.post("/crosssell/track/click", "csrfToken", page.csrfToken(),
                                "placement", "fbt", "anchorProductId", "113", "productId", shown.get(0));
                        assertThat(click.status).isEqualTo(204);
                        return shown;
                    }
                }));
            }
        }
        List<String> firstShown = null;
        for (Future<List<String>> view : views) {
            List<String> shown = view.get(120, TimeUnit.SECONDS);
            assertThat(firstShown == null || firstShown.equals(shown)).as("both storefronts show the same items").isTrue();
            firstShown = shown;
        }
        shoppers.shutdown();
        long expected = 2L * VIEWS_PER_STOREFRONT;

        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && today("CLICKS", "113", firstShown.get(0)) < expected) {
            Thread.sleep(200);
        }
        Thread.sleep(2_500);

        for (String item : firstShown) {
            assertThat(today("IMPRESSIONS", "113", item)).as("impressions of " + item).isEqualTo(expected);
        }
        assertThat(today("CLICKS", "113", firstShown.get(0))).isEqualTo(expected);
    }

    @Test
    void aViewAddAllAndCheckoutShowUpAttributedInTheAdminsExportAndDashboard() throws Exception {
        TestHttpClient shopper = new TestHttpClient(siteA.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/gravel-explorer");
        List<String> shown = TrackedPages.shownItems(page.body);
        assertThat(shopper.post("/crosssell/cart/add", "csrfToken", page.csrfToken(), "placement", "fbt", "anchorProductId", "102",
                "productId", "102", "productId", shown.get(0)).location).isEqualTo("/cart");
        String orderNumber = shopper.placeOrder("end-to-end@example.com");
        long orderId = jdbc.queryForObject("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = ?", Long.class, orderNumber);
        BigDecimal lineValue = jdbc.queryForObject("SELECT SUM(oi.PRICE * oi.QUANTITY) FROM BLC_ORDER_ITEM oi JOIN BLC_DISCRETE_ORDER_ITEM d"
                + " ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID WHERE oi.ORDER_ID = ? AND d.PRODUCT_ID = ?", BigDecimal.class, orderId,
                Long.valueOf(shown.get(0)));
        Thread.sleep(2_500);
        long impressions = jdbc.queryForObject("SELECT SUM(IMPRESSIONS) FROM CS_TRACKING_COUNTER WHERE PLACEMENT = 'fbt'"
                + " AND COUNT_DAY = ?", Long.class, TODAY);
        long adds = jdbc.queryForObject("SELECT SUM(ADDS) FROM CS_TRACKING_COUNTER WHERE PLACEMENT = 'fbt' AND COUNT_DAY = ?",
                Long.class, TODAY);

        TestHttpClient merchandiser = new TestHttpClient(adminUrl);
        logIn(merchandiser, "admin", "admin");
        TestHttpClient.Response csv = merchandiser.get("/crosssell-performance/export.csv?from=" + TODAY + "&to=" + TODAY);

        assertThat(csv.status).isEqualTo(200);
        String fbt = null;
        for (String line : csv.body.split("\r\n")) {
            if (line.startsWith("fbt,")) {
                fbt = line;
            }
        }
        assertThat(fbt).as(csv.body).startsWith("fbt," + impressions + ",");
        String[] cells = fbt.split(",");
        assertThat(Long.parseLong(cells[3])).as("adds").isEqualTo(adds);
        assertThat(cells[4]).as("orders").isEqualTo("1");
        assertThat(new BigDecimal(cells[5])).as("attributed revenue").isEqualByComparingTo(lineValue);
        TestHttpClient.Response dashboard = merchandiser.get("/crosssell-performance?from=" + TODAY + "&to=" + TODAY);
        assertThat(dashboard.status).isEqualTo(200);
        assertThat(dashboard.body).contains(lineValue.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    private static long today(String column, String anchor, String item) {
        Long value = jdbc.queryForObject("SELECT SUM(" + column + ") FROM CS_TRACKING_COUNTER WHERE PLACEMENT = 'fbt'"
                + " AND ANCHOR_PRODUCT_ID = ? AND ITEM_PRODUCT_ID = ? AND COUNT_DAY = ?", Long.class, Long.valueOf(anchor),
                Long.valueOf(item), TODAY);
        return value == null ? 0 : value;
    }

}
