package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.tracking.TrackingRecorder;
import io.crosssell.tracking.TrackingHealthReporter;
import io.crosssell.tracking.service.TrackingMaintenance;

/**
 * Tracking on the booted demo storefront: a shopper's views, clicks, adds and orders move exactly their counters
 * and attribution rows in the database; a cancelled order is taken back out; broken tracking tables break no page.
 */
@Tag(SharedApp.STOREFRONT)
class TrackingIT {

    private static EmbeddedWebApp site;
    private static JdbcTemplate jdbc;
    private static TrackingRecorder recorder;
    private static TrackingMaintenance maintenance;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
        jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
        recorder = site.rootContext().getBean("csTrackingRecorder", TrackingRecorder.class);
        maintenance = site.rootContext().getBean("csTrackingMaintenance", TrackingMaintenance.class);
    }

    @Test
    void oneViewCountsOneImpressionPerShownItemAndAddAllOneAddPerItem() throws Exception {
        TrackedPages.awaitWritten(recorder);
        long droppedBefore = recorder.stats().dropped();
        Counters before = Counters.of("fbt", 102);
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/gravel-explorer");
        List<String> shown = TrackedPages.shownItems(page.body);
        assertThat(shown).isNotEmpty();
        TrackedPages.awaitWritten(recorder);
        Counters viewed = Counters.of("fbt", 102);
        for (String item : shown) {
            assertThat(viewed.since(before, "IMPRESSIONS", item)).as("impressions of " + item).isEqualTo(1);
            assertThat(viewed.since(before, "ADDS", item)).isZero();
        }

        List<String> form = new ArrayList<String>(java.util.Arrays.asList("csrfToken", page.csrfToken(), "placement", "fbt",
                "anchorProductId", "102", "productId", "102", "productId", shown.get(0)));
        assertThat(shopper.post("/crosssell/cart/add", form.toArray(new String[0])).location).isEqualTo("/cart");
        TrackedPages.awaitWritten(recorder);

        Counters added = Counters.of("fbt", 102);
        assertThat(added.since(before, "ADDS", shown.get(0))).isEqualTo(1);
        assertThat(added.since(before, "ADDS", "102")).as("the page's own product is no cross-sell").isZero();
        assertThat(recorder.stats().dropped()).isEqualTo(droppedBefore);
    }

    @Test
    void crawlersAreNotCounted() throws Exception {
        TrackedPages.awaitWritten(recorder);
        long before = everythingCountedFor(103);
        TestHttpClient crawler = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = crawler.sendWithHeaders("GET", "/bikes/trail-hardtail-29",
                Collections.singletonMap("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        assertThat(TrackedPages.shownItems(page.body)).isNotEmpty();
        TrackedPages.awaitWritten(recorder);

        assertThat(everythingCountedFor(103)).isEqualTo(before);
    }

    @Test
    void aClickAnAddAndAnOrderAreCountedOnceAndTheOrderIsAttributedAtEachLinesValue() throws Exception {
        TrackedPages.awaitWritten(recorder);
        Counters before = Counters.of("fbt", 104);
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/road-sprint-carbon");
        List<String> shown = TrackedPages.shownItems(page.body);
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        String added = shown.get(0);
        String clicked = shown.get(1);

        TestHttpClient.Response click = shopper.post("/crosssell/track/click", "csrfToken", page.csrfToken(), "placement", "fbt",
                "anchorProductId", "104", "productId", clicked);
        assertThat(click.status).isEqualTo(204);
        assertThat(shopper.cookie("crosssell_visitor")).as("a pseudonymous visitor id").matches("[0-9a-f-]{36}");
        assertThat(shopper.post("/crosssell/cart/add", "csrfToken", page.csrfToken(), "placement", "fbt",
                "anchorProductId", "104", "productId", added).location).isEqualTo("/cart");
        TrackedPages.awaitWritten(recorder);
        shopper.addToCart(clicked);
        String orderNumber = shopper.placeOrder("attributed@example.com");
        TrackedPages.awaitWritten(recorder);

        Counters after = Counters.of("fbt", 104);
        assertThat(after.since(before, "IMPRESSIONS", added)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT ITEMS FROM CS_TRACKING_EVENT WHERE VISITOR_ID = ? AND KIND = 'I'"
                + " AND ANCHOR_PRODUCT_ID = 104", String.class, shopper.cookie("crosssell_visitor")))
                .as("one row for the view, with each shown item in its position").containsExactly(String.join(",", shown));
        assertThat(after.since(before, "CLICKS", clicked)).isEqualTo(1);
        assertThat(after.since(before, "CLICKS", added)).isZero();
        assertThat(after.since(before, "ADDS", added)).isEqualTo(1);
        assertThat(after.since(before, "ADDS", clicked)).as("added through the shop's own button").isZero();

        long orderId = orderId(orderNumber);
        Map<String, Object> addedRow = attribution(orderId, added);
        assertThat(addedRow.get("TOUCH")).isEqualTo("ADD");
        assertThat(addedRow.get("PLACEMENT")).isEqualTo("fbt");
        assertThat(((Number) addedRow.get("ANCHOR_PRODUCT_ID")).longValue()).isEqualTo(104L);
        assertThat((BigDecimal) addedRow.get("AMOUNT")).isEqualByComparingTo(lineValue(orderId, added));
        Map<String, Object> clickedRow = attribution(orderId, clicked);
        assertThat(clickedRow.get("TOUCH")).isEqualTo("CLICK");
        assertThat((BigDecimal) clickedRow.get("AMOUNT")).isEqualByComparingTo(lineValue(orderId, clicked));
        Map<String, Object> order = jdbc.queryForMap("SELECT * FROM CS_TRACKED_ORDER WHERE ORDER_ID = ?", orderId);
        assertThat(order.get("ATTRIBUTED_LINES")).isEqualTo(2);
        assertThat((String) order.get("SHOWN_PLACEMENTS")).contains(",fbt,");
        assertThat(order.get("CANCELLED")).isEqualTo(Boolean.FALSE);
    }

    @Test
    void aCancelledOrderTakesItsAttributionBackOut() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/metro-commuter-bike");
        List<String> shown = TrackedPages.shownItems(page.body);
        assertThat(shown).isNotEmpty();
        shopper.post("/crosssell/cart/add", "csrfToken", page.csrfToken(), "placement", "fbt", "anchorProductId", "101",
                "productId", shown.get(0));
        long orderId = orderId(shopper.placeOrder("changed-my-mind@example.com"));
        assertThat(attribution(orderId, shown.get(0)).get("CANCELLED")).isEqualTo(Boolean.FALSE);

        jdbc.update("UPDATE BLC_ORDER SET ORDER_STATUS = 'CANCELLED' WHERE ORDER_ID = ?", orderId);
        maintenance.runOnce();

        assertThat(attribution(orderId, shown.get(0)).get("CANCELLED")).isEqualTo(Boolean.TRUE);
        assertThat(jdbc.queryForObject("SELECT CANCELLED FROM CS_TRACKED_ORDER WHERE ORDER_ID = ?", Boolean.class, orderId)).isTrue();
    }

    @Test
    void thePurgeDeletesRawEventsAfterTheirWindowAndAggregatesAfterTheRetention() {
        long now = System.currentTimeMillis();
        long day = 24L * 3600 * 1000;
        String oldDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(731).toString();
        jdbc.update("INSERT INTO CS_TRACKING_EVENT (EVENT_ID, EVENT_TIME, KIND, PLACEMENT, ANCHOR_PRODUCT_ID, ITEM_PRODUCT_ID,"
                + " VISITOR_ID, ITEM_POSITION, VARIANT_ID) VALUES (-1, ?, 'C', 'fbt', 101, 133, 'old-visitor', 0, 0),"
                + " (-2, ?, 'C', 'fbt', 101, 133, 'recent-visitor', 0, 0)",
                new java.sql.Timestamp(now - 9 * day), new java.sql.Timestamp(now - 7 * day));
        jdbc.update("INSERT INTO CS_TRACKING_COUNTER (COUNT_DAY, PLACEMENT, ANCHOR_PRODUCT_ID, ITEM_PRODUCT_ID, VARIANT_ID, IMPRESSIONS,"
                + " CLICKS, ADDS) VALUES (?, 'fbt', 101, 133, 0, 5, 1, 0)", oldDay);

        maintenance.purge(now);

        assertThat(jdbc.queryForList("SELECT VISITOR_ID FROM CS_TRACKING_EVENT WHERE EVENT_ID < 0", String.class))
                .containsExactly("recent-visitor");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_TRACKING_COUNTER WHERE COUNT_DAY = ?", Integer.class, oldDay)).isZero();
    }

    @Test
    void withTheTrackingTablesGonePagesAndCheckoutStillWorkAndTheDropsAreReported() throws Exception {
        TrackingRecorder.Stats before = recorder.stats();
        jdbc.execute("ALTER TABLE CS_TRACKING_COUNTER RENAME TO CS_TRACKING_COUNTER_AWAY");
        jdbc.execute("ALTER TABLE CS_TRACKED_ORDER RENAME TO CS_TRACKED_ORDER_AWAY");
        try {
            TestHttpClient shopper = new TestHttpClient(site.baseUrl());
            TestHttpClient.Response page = shopper.get("/helmets/aero-road-helmet");
            assertThat(page.status).isEqualTo(200);
            assertThat(TrackedPages.shownItems(page.body)).isNotEmpty();
            shopper.addToCart("112");
            assertThat(shopper.placeOrder("still-served@example.com")).isNotEmpty();
            TrackedPages.awaitWritten(recorder);

            TrackingRecorder.Stats after = recorder.stats();
            assertThat(after.droppedWriteFailed - before.droppedWriteFailed).isGreaterThanOrEqualTo(TrackedPages.shownItems(page.body).size());
            site.rootContext().getBean("csTrackingHealthReporter", TrackingHealthReporter.class).report(after);
            assertThat(jdbc.queryForObject("SELECT SUM(DROPPED_WRITE_FAILED) FROM CS_TRACKING_NODE", Long.class))
                    .as("the drops, stored for the admin").isEqualTo(after.droppedWriteFailed);
        } finally {
            jdbc.execute("ALTER TABLE CS_TRACKING_COUNTER_AWAY RENAME TO CS_TRACKING_COUNTER");
            jdbc.execute("ALTER TABLE CS_TRACKED_ORDER_AWAY RENAME TO CS_TRACKED_ORDER");
        }
    }

    private static long orderId(String orderNumber) {
        return jdbc.queryForObject("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = ?", Long.class, orderNumber);
    }

    private static Map<String, Object> attribution(long orderId, String productId) {
        return jdbc.queryForMap("SELECT * FROM CS_ORDER_ATTRIBUTION WHERE ORDER_ID = ? AND LINE_KIND = 'PRODUCT' AND ITEM_ID = ?",
                orderId, Long.valueOf(productId));
    }

    /** The line's total after its adjustments, as Broadleaf stored it in its price details. */
    private static BigDecimal lineValue(long orderId, String productId) {
        return jdbc.queryForObject("SELECT SUM(oi.PRICE * oi.QUANTITY) FROM BLC_ORDER_ITEM oi JOIN BLC_DISCRETE_ORDER_ITEM d"
                + " ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID WHERE oi.ORDER_ID = ? AND d.PRODUCT_ID = ?", BigDecimal.class, orderId,
                Long.valueOf(productId));
    }

    /** Impressions, clicks and adds counted for the anchor, on any day and placement. */
    private static long everythingCountedFor(long anchor) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(IMPRESSIONS + CLICKS + ADDS), 0) FROM CS_TRACKING_COUNTER"
                + " WHERE ANCHOR_PRODUCT_ID = ?", Long.class, anchor);
    }

    /**
     * One placement's and anchor's counters, summed over the days, by item. Tests compare them with what they were
     * before they started: other tests on the same storefront view the same products.
     */
    private static final class Counters {

        private final Map<String, Map<String, Object>> byItem = new java.util.HashMap<String, Map<String, Object>>();

        static Counters of(String placement, long anchor) {
            Counters counters = new Counters();
            for (Map<String, Object> row : jdbc.queryForList("SELECT CAST(ITEM_PRODUCT_ID AS VARCHAR(20)) AS ITEM,"
                    + " SUM(IMPRESSIONS) AS IMPRESSIONS, SUM(CLICKS) AS CLICKS, SUM(ADDS) AS ADDS FROM CS_TRACKING_COUNTER"
                    + " WHERE PLACEMENT = ? AND ANCHOR_PRODUCT_ID = ? GROUP BY ITEM_PRODUCT_ID", placement, anchor)) {
                counters.byItem.put((String) row.get("ITEM"), row);
            }
            return counters;
        }

        /** How much the column of the item grew from the earlier counters to these. */
        long since(Counters earlier, String column, String item) {
            return value(column, item) - earlier.value(column, item);
        }

        private long value(String column, String item) {
            Map<String, Object> row = byItem.get(item);
            return row == null ? 0 : ((Number) row.get(column)).longValue();
        }
    }
}
