package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.tracking.TrackingRecorder;

/** Tracking on the booted demo storefront: a shopper's views and adds move exactly their counters in the database. */
class TrackingIT {

    private static EmbeddedWebApp site;
    private static JdbcTemplate jdbc;
    private static TrackingRecorder recorder;

    @BeforeAll
    static void startStorefront() throws Exception {
        System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
        site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, DatabaseSettings.hsqldbInMemory("tracking-it"), true);
        jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
        recorder = site.rootContext().getBean("csTrackingRecorder", TrackingRecorder.class);
    }

    @AfterAll
    static void stopStorefront() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void oneViewCountsOneImpressionPerShownItemAndAddAllOneAddPerItem() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/gravel-explorer");
        List<String> shown = shownItems(page.body);
        assertThat(shown).isNotEmpty();
        awaitWritten();
        for (String item : shown) {
            assertThat(counter("IMPRESSIONS", "fbt", 102, item)).as("impressions of " + item).isEqualTo(1);
            assertThat(counter("ADDS", "fbt", 102, item)).isZero();
        }

        List<String> form = new ArrayList<String>(java.util.Arrays.asList("csrfToken", page.csrfToken(), "placement", "fbt",
                "anchorProductId", "102", "productId", "102", "productId", shown.get(0)));
        assertThat(shopper.post("/crosssell/cart/add", form.toArray(new String[0])).location).isEqualTo("/cart");
        awaitWritten();

        assertThat(counter("ADDS", "fbt", 102, shown.get(0))).isEqualTo(1);
        assertThat(counter("ADDS", "fbt", 102, "102")).as("the page's own product is no cross-sell").isZero();
        assertThat(recorder.stats().dropped()).isZero();
    }

    @Test
    void crawlersAreNotCounted() throws Exception {
        TestHttpClient crawler = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = crawler.sendWithHeaders("GET", "/bikes/trail-hardtail-29",
                Collections.singletonMap("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        assertThat(shownItems(page.body)).isNotEmpty();
        awaitWritten();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_TRACKING_COUNTER WHERE ANCHOR_PRODUCT_ID = 103", Integer.class))
                .isZero();
    }

    private static long counter(String column, String placement, long anchor, String item) {
        List<Long> values = jdbc.queryForList("SELECT " + column + " FROM CS_TRACKING_COUNTER WHERE PLACEMENT = ?"
                + " AND ANCHOR_PRODUCT_ID = ? AND ITEM_PRODUCT_ID = ?", Long.class, placement, anchor, Long.valueOf(item));
        long total = 0;
        for (Long value : values) {
            total += value;
        }
        return total;
    }

    /** Waits until every recorded event is written or dropped (the writer flushes within a second). */
    private static void awaitWritten() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            TrackingRecorder.Stats stats = recorder.stats();
            if (stats.queued == 0 && stats.written + stats.droppedWriteFailed == stats.recorded) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("tracking events not written within 15 s");
    }

    private static List<String> shownItems(String page) {
        List<String> ids = new ArrayList<String>();
        Matcher item = Pattern.compile("<li class=\"cs-item\"\\s+data-cs-product-id=\"(\\d+)\"").matcher(page);
        while (item.find()) {
            ids.add(item.group(1));
        }
        return ids;
    }
}
