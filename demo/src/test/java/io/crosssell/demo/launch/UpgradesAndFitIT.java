package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.tracking.TrackingRecorder;

/**
 * The demo's up-sells and fit marks over HTTP: a bike page shows its upgrade in a block of its own, never among the
 * complements, and the Kids Balance Bike no longer gets the adult lock and lights its category rules used to push.
 */
@Tag(SharedApp.STOREFRONT)
class UpgradesAndFitIT {

    private static final Pattern PRODUCT_ID = Pattern.compile("\"productId\":(\\d+)");
    private static final Pattern ITEM = Pattern.compile("class=\"cs-item[^\"]*\"\\s+data-cs-product-id=\"(\\d+)\"");
    private static final String[] CROSS_SELLS = {"fbt", "cart", "confirmation"};

    private static EmbeddedWebApp site;
    private static TestHttpClient http;
    private static JdbcTemplate jdbc;
    private static TrackingRecorder recorder;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
        http = new TestHttpClient(site.baseUrl());
        jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
        recorder = site.rootContext().getBean("csTrackingRecorder", TrackingRecorder.class);
    }

    private static List<String> recommended(long productId, String placement) throws Exception {
        TestHttpClient.Response response = http.get("/crosssell/recommendations?productId=" + productId + "&placement=" + placement);
        assertThat(response.status).isEqualTo(200);
        List<String> ids = new ArrayList<String>();
        Matcher id = PRODUCT_ID.matcher(response.body);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    /** The element of the page's widget for the placement, up to the next widget (empty when the page has none). */
    private static String widget(String page, String placement) {
        int start = page.indexOf("data-cs-placement=\"" + placement + "\"");
        if (start < 0) {
            return "";
        }
        int next = page.indexOf("class=\"cs-widget", start);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    private static List<String> items(String widget) {
        List<String> ids = new ArrayList<String>();
        Matcher item = ITEM.matcher(widget);
        while (item.find()) {
            ids.add(item.group(1));
        }
        return ids;
    }

    @Test
    void bikePageShowsTheUpgradeInABlockOfItsOwnLabelledAsAStepUp() throws Exception {
        TestHttpClient.Response page = http.get("/bikes/metro-commuter-bike");
        assertThat(page.status).isEqualTo(200);

        String upgrade = widget(page.body, "upsell");
        assertThat(items(upgrade)).containsExactly("102");
        assertThat(upgrade).contains("<h2>Upgrade</h2>", "A step up from Metro Commuter Bike", "Gravel Explorer",
                "+<span>$600.00</span> <span>more</span>", "Add the upgrade to cart");
        assertThat(items(widget(page.body, "fbt"))).isNotEmpty().doesNotContain("102");
    }

    @Test
    void upSellTargetsNeverShowInTheCrossSellLists() throws Exception {
        assertThat(recommended(101, "upsell")).containsExactly("102");
        assertThat(recommended(123, "upsell")).containsExactly("121");
        for (String placement : CROSS_SELLS) {
            assertThat(recommended(101, placement)).as(placement).doesNotContain("102");
            assertThat(recommended(123, placement)).as(placement).doesNotContain("121");
            assertThat(recommended(131, placement)).as(placement).doesNotContain("133");
        }
    }

    @Test
    void anOutOfStockUpgradeIsNotOfferedAndThePageShowsNoUpgradeBlock() throws Exception {
        TestHttpClient.Response page = http.get("/bikes/gravel-explorer");

        assertThat(page.status).isEqualTo(200);
        assertThat(recommended(102, "upsell")).isEmpty();
        assertThat(page.body).doesNotContain("data-cs-placement=\"upsell\"");
    }

    @Test
    void kidsBalanceBikeGetsTheKidsHelmetAndNoAdultLockOrLight() throws Exception {
        TestHttpClient.Response page = http.get("/bikes/kids-balance-bike");
        assertThat(page.status).isEqualTo(200);

        assertThat(items(widget(page.body, "fbt"))).contains("114").doesNotContain("121", "131");
        for (String placement : CROSS_SELLS) {
            List<String> offered = recommended(105, placement);
            assertThat(offered).as(placement).doesNotContainAnyElementsOf(java.util.Arrays.asList("111", "112", "113",
                    "121", "122", "123", "124", "131", "132", "133", "134", "162", "164"));
        }
        assertThat(recommended(105, "fbt")).as("still a full list").hasSize(3);
        assertThat(recommended(101, "fbt")).as("and no kids' helmet for an adult bike").doesNotContain("114");
    }

    @Test
    void theUpgradeBlockCountsImpressionsClicksAndAddsPerPairAndItsAddsCarryThePlacement() throws Exception {
        TrackedPages.awaitWritten(recorder);
        long impressions = counted("IMPRESSIONS");
        long clicks = counted("CLICKS");
        long adds = counted("ADDS");
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/metro-commuter-bike");
        assertThat(shopper.post("/crosssell/track/click", "csrfToken", page.csrfToken(), "placement", "upsell",
                "anchorProductId", "101", "productId", "102").status).isEqualTo(204);
        assertThat(shopper.post("/crosssell/cart/add", "csrfToken", page.csrfToken(), "placement", "upsell",
                "anchorProductId", "101", "productId", "102").location).isEqualTo("/cart");
        TrackedPages.awaitWritten(recorder);

        assertThat(counted("IMPRESSIONS") - impressions).isEqualTo(1);
        assertThat(counted("CLICKS") - clicks).isEqualTo(1);
        assertThat(counted("ADDS") - adds).isEqualTo(1);
        assertThat(shopper.cartLines()).containsExactly("102x1");
        assertThat(shopper.post("/crosssell/cart/add", "csrfToken", page.csrfToken(), "placement", "upsell",
                "anchorProductId", "101", "productId", "111", "returnUrl", "/bikes/metro-commuter-bike").location)
                .as("a complement is no upgrade: refused, naming it").isEqualTo("/bikes/metro-commuter-bike?csError=not-offered&csUnavailable=111");
    }

    private static long counted(String column) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(" + column + "), 0) FROM CS_TRACKING_COUNTER WHERE PLACEMENT = 'upsell'"
                + " AND ANCHOR_PRODUCT_ID = 101 AND ITEM_PRODUCT_ID = 102", Long.class);
    }
}
