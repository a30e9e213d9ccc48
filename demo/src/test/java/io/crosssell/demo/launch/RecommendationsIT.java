package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.learning.RecordCoPurchaseActivity;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.recommend.PurchaseHistory;
import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.domain.CrossSellRuleType;
import io.crosssell.site.web.RecommendationApiSettings;

/**
 * The recommendation engine in the real demo storefront: rules and mined statistics on the real
 * database, the JSON endpoint, incremental learning from submitted orders.
 */
@Tag(SharedApp.STOREFRONT)
class RecommendationsIT {

    private static final long COMMUTER_BIKE = 101;
    private static final long GRAVEL_BIKE = 102;
    private static final long URBAN_HELMET = 111;
    private static final long BOTTLE_CAGE = 152;
    private static final Pattern TOGETHER = Pattern.compile("bought together in (\\d+) orders");

    private static EmbeddedWebApp site;
    private static TestHttpClient http;
    private static WebApplicationContext context;
    private static CoPurchaseLearningService learning;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
        http = new TestHttpClient(site.baseUrl());
        context = site.rootContext();
        learning = context.getBean("csCoPurchaseLearningService", CoPurchaseLearningService.class);
    }

    private static String fbt(long productId) throws Exception {
        TestHttpClient.Response response = http.get("/crosssell/recommendations?productId=" + productId + "&placement=fbt");
        assertThat(response.status).isEqualTo(200);
        return response.body;
    }

    @Test
    void bikeGetsLightsHelmetAndLockWithoutTheMerchantsReasonsByDefault() throws Exception {
        String json = fbt(COMMUTER_BIKE);

        assertThat(json).startsWith("{\"items\":[{\"productId\":133,\"name\":\"Commuter Light Set\",\"price\":54.99");
        assertThat(json).contains("\"productId\":111,\"name\":\"Urban Shell Helmet\"", "\"productId\":121,\"name\":\"Heavy U-Lock\"");
        assertThat(json).contains("\"url\":\"/helmets/urban-shell-helmet\"");
        assertThat(json).doesNotContain("reasons", "rule 1:", "bought together in", "lift");
        assertThat(json.split("\"productId\"")).hasSize(4);
    }

    @Test
    void reasonsFromRulesAndOrderHistoryShowWhenTheShopTurnsThemOn() throws Exception {
        assertThat(apiSettings().isReasons()).as("crosssell.api.reasons defaults to false").isFalse();

        String json = fbtWithReasons(COMMUTER_BIKE);

        assertThat(json).contains("\"reasons\":[", "rule 1: Bikes \u2192 Helmets", "rule 4: Metro Commuter Bike \u2192 Commuter Light Set");
        assertThat(TOGETHER.matcher(json).find()).as("a reason drawn from mined order history").isTrue();
        assertThat(apiSettings().isReasons()).isFalse();
    }

    private static RecommendationApiSettings apiSettings() {
        return context.getBean("csRecommendationApiSettings", RecommendationApiSettings.class);
    }

    /** The endpoint's answer with {@code crosssell.api.reasons} switched on for this one request. */
    private static String fbtWithReasons(long productId) throws Exception {
        apiSettings().setReasons(true);
        try {
            return fbt(productId);
        } finally {
            apiSettings().setReasons(false);
        }
    }

    @Test
    void categoryRuleOffersTheHelmetMostBoughtWithThisBike() throws Exception {
        assertThat(fbt(103)).contains("\"productId\":113,\"name\":\"Trail MIPS Helmet\"").doesNotContain("\"productId\":111,");
    }

    @Test
    void neverOffersOutOfStockInactiveOrExpiredRuleTargets() throws Exception {
        for (long product : new long[] {101, 102, 103, 105, 111, 112, 121, 133, 152, 162, 164}) {
            String json = fbt(product);
            for (long unavailable : new long[] {104, 106, 115, 125, 135, 154, 166}) {
                assertThat(json).doesNotContain("\"productId\":" + unavailable + ",");
            }
        }
        assertThat(fbt(GRAVEL_BIKE)).doesNotContain("Summer 2025");
    }

    @Test
    void badRequestsGetAClearJsonErrorNotA500() throws Exception {
        TestHttpClient.Response unknownPlacement = http.get("/crosssell/recommendations?productId=101&placement=sidebar");
        TestHttpClient.Response malformedId = http.get("/crosssell/recommendations?productId=abc&placement=fbt");
        TestHttpClient.Response missingId = http.get("/crosssell/recommendations?placement=fbt");
        TestHttpClient.Response unknownProduct = http.get("/crosssell/recommendations?productId=999999&placement=fbt");
        TestHttpClient.Response inactiveProduct = http.get("/crosssell/recommendations?productId=106&placement=fbt");

        assertThat(unknownPlacement.status).isEqualTo(400);
        assertThat(unknownPlacement.body).contains("\"error\":\"Unknown placement");
        assertThat(malformedId.status).isEqualTo(400);
        assertThat(missingId.status).isEqualTo(400);
        assertThat(unknownProduct.status).isEqualTo(404);
        assertThat(unknownProduct.body).contains("\"error\"");
        assertThat(inactiveProduct.status).isEqualTo(404);
    }

    @Test
    void emptyCartGetsNoCartRecommendations() throws Exception {
        TestHttpClient.Response response = new TestHttpClient(site.baseUrl()).get("/crosssell/recommendations?placement=cart");

        assertThat(response.status).isEqualTo(200);
        assertThat(response.body).isEqualTo("{\"items\":[]}");
    }

    @Test
    void checkoutWorkflowEndsWithTheOrderLearningActivity() {
        SequenceProcessor checkout = context.getBean("blCheckoutWorkflow", SequenceProcessor.class);

        boolean present = false;
        for (Activity<?> activity : checkout.getActivities()) {
            present |= activity instanceof RecordCoPurchaseActivity;
        }
        assertThat(present).isTrue();
    }

    @Test
    void submittedOrderIsFoldedInOnceAndEqualsAFullRebuild() throws Exception {
        // Starts from a rebuild, so the comparison covers this order alone, whatever other test classes did before.
        learning.rebuild();
        double before = learning.statistics().pairCount(COMMUTER_BIKE, URBAN_HELMET);
        long orderId = TestOrders.submit(context, COMMUTER_BIKE, URBAN_HELMET, BOTTLE_CAGE);

        // The storefront's background catch-up may fold the order in first; either way it counts once.
        learning.recordOrder(orderId);
        assertThat(learning.recordOrder(orderId)).as("a retry does not count the order again").isFalse();
        CoPurchaseStatistics incremental = learning.statistics();
        assertThat(incremental.pairCount(COMMUTER_BIKE, URBAN_HELMET)).isEqualTo(before + 1);
        learning.rebuild();
        CoPurchaseStatistics rebuilt = learning.statistics();

        assertThat(incremental.basketCount()).isEqualTo(rebuilt.basketCount());
        assertThat(pairsOf(incremental)).isEqualTo(pairsOf(rebuilt));
        assertThat(rebuilt.pairCount(COMMUTER_BIKE, URBAN_HELMET)).isEqualTo(before + 1);

        // The storefront notices the new statistics version within its change-check interval (5 s).
        long deadline = System.currentTimeMillis() + 15000;
        long after = togetherCount(fbtWithReasons(COMMUTER_BIKE));
        while (after != (long) before + 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            after = togetherCount(fbtWithReasons(COMMUTER_BIKE));
        }
        assertThat(after).isEqualTo((long) before + 1);
    }

    @Test
    void catchUpFoldsInSubmittedOrdersTheHookMissed() {
        double before = learning.statistics().pairCount(GRAVEL_BIKE, 175);
        TestOrders.submit(context, GRAVEL_BIKE, 175);

        learning.catchUp();

        assertThat(learning.statistics().pairCount(GRAVEL_BIKE, 175)).isEqualTo(before + 1);
    }

    @Test
    void ruleSavedElsewhereShowsOnTheStorefrontWithinTheDocumentedBound() throws Exception {
        final CrossSellRuleDao dao = context.getBean(CrossSellRuleDao.class);
        final CatalogService catalog = context.getBean("blCatalogService", CatalogService.class);
        assertThat(fbt(GRAVEL_BIKE)).doesNotContain("Gravel: cage first");
        transaction().execute(new TransactionCallback<Object>() {
            @Override
            public Object doInTransaction(TransactionStatus status) {
                CrossSellRule rule = dao.create();
                rule.setName("Gravel: cage first");
                rule.setRuleType(CrossSellRuleType.FREQUENTLY_BOUGHT_TOGETHER);
                rule.setSourceProduct(catalog.findProductById(GRAVEL_BIKE));
                rule.setTargetProduct(catalog.findProductById(BOTTLE_CAGE));
                rule.setPosition(1);
                return dao.save(rule);
            }
        });

        try {
            long deadline = System.currentTimeMillis() + 15000;
            String json = fbtWithReasons(GRAVEL_BIKE);
            while (!json.startsWith("{\"items\":[{\"productId\":152,") && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                json = fbtWithReasons(GRAVEL_BIKE);
            }
            assertThat(json).startsWith("{\"items\":[{\"productId\":152,").contains("Gravel Explorer \u2192 Bottle Cage");
        } finally {
            TestRules.deleteNamed(site, "Gravel: cage first");
        }
    }

    @Test
    void purchaseHistoryHoldsWhatACustomerBoughtExceptConsumables() {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean("webDS", DataSource.class));
        Long customer = jdbc.queryForObject("SELECT MIN(o.CUSTOMER_ID) FROM BLC_ORDER o"
                + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND d.PRODUCT_ID = 162"
                + " AND o.CUSTOMER_ID IN (SELECT o2.CUSTOMER_ID FROM BLC_ORDER o2 JOIN BLC_ORDER_ITEM i2 ON i2.ORDER_ID = o2.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d2 ON d2.ORDER_ITEM_ID = i2.ORDER_ITEM_ID WHERE d2.PRODUCT_ID = 101)", Long.class);
        PurchaseHistory history = context.getBean("csPurchaseHistory", PurchaseHistory.class);

        Set<Long> owned = history.productsBoughtBy(customer);

        assertThat(owned).as("the commuter bike is owned").contains(COMMUTER_BIKE);
        assertThat(owned).as("chain lube is a consumable (Tools & care)").doesNotContain(162L);
        assertThat(history.productsBoughtBy(987654L)).isEmpty();
    }

    @Test
    void cancelledOrderIsTakenBackOutAndEqualsARebuildOverTheRemainingOrders() {
        learning.rebuild();
        CoPurchaseStatistics before = learning.statistics();
        long orderId = TestOrders.submit(context, COMMUTER_BIKE, URBAN_HELMET, BOTTLE_CAGE);
        learning.recordOrder(orderId);
        assertThat(learning.statistics().pairCount(COMMUTER_BIKE, BOTTLE_CAGE)).isEqualTo(before.pairCount(COMMUTER_BIKE, BOTTLE_CAGE) + 1);

        TestOrders.cancel(context, orderId);
        // The storefront's own background catch-up may take it out first; either way it comes out once.
        learning.catchUp();
        assertThat(learning.withdrawOrder(orderId)).as("a second withdrawal changes nothing").isFalse();
        CoPurchaseStatistics withdrawn = learning.statistics();

        assertThat(withdrawn.basketCount()).isEqualTo(before.basketCount());
        assertThat(pairsOf(withdrawn)).isEqualTo(pairsOf(before));
        assertThat(itemsOf(withdrawn)).isEqualTo(itemsOf(before));
        learning.rebuild();
        CoPurchaseStatistics rebuilt = learning.statistics();
        assertThat(withdrawn.basketCount()).isEqualTo(rebuilt.basketCount());
        assertThat(pairsOf(withdrawn)).isEqualTo(pairsOf(rebuilt));
        assertThat(itemsOf(withdrawn)).isEqualTo(itemsOf(rebuilt));
    }

    @Test
    void submittedOrderIsNeverWithdrawn() {
        long orderId = TestOrders.submit(context, GRAVEL_BIKE, URBAN_HELMET);
        learning.recordOrder(orderId);
        double counted = learning.statistics().pairCount(GRAVEL_BIKE, URBAN_HELMET);

        assertThat(learning.withdrawOrder(orderId)).isFalse();
        assertThat(learning.statistics().pairCount(GRAVEL_BIKE, URBAN_HELMET)).isEqualTo(counted);
    }

    private static java.util.Map<Long, Double> itemsOf(CoPurchaseStatistics statistics) {
        final java.util.Map<Long, Double> items = new java.util.TreeMap<Long, Double>();
        statistics.forEachItem(new CoPurchaseStatistics.ItemVisitor() {
            @Override
            public void visit(long productId, double count) {
                items.put(productId, count);
            }
        });
        return items;
    }

    private static long togetherCount(String json) {
        Matcher matcher = Pattern.compile("\"productId\":111,[^}]*bought together in (\\d+) orders").matcher(json);
        assertThat(matcher.find()).as("mined reason for the urban helmet in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static java.util.Map<String, Double> pairsOf(CoPurchaseStatistics statistics) {
        final java.util.Map<String, Double> pairs = new java.util.TreeMap<String, Double>();
        statistics.forEachPair(new CoPurchaseStatistics.PairVisitor() {
            @Override
            public void visit(long a, long b, double count) {
                pairs.put(a + "-" + b, count);
            }
        });
        return pairs;
    }

    private static TransactionTemplate transaction() {
        return new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
    }
}
