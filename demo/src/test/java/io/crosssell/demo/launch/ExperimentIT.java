package io.crosssell.demo.launch;

import static io.crosssell.demo.launch.AdminForms.logIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.BundleValidationException;
import io.crosssell.bundle.service.BundleService;
import io.crosssell.experiment.ExperimentAssigner;
import io.crosssell.experiment.Treatment;
import io.crosssell.experiment.VariantSpec;
import io.crosssell.tracking.TrackingRecorder;

/**
 * An experiment end to end, as a shop runs it: set up and started in the admin (its own JVM), visitors of the
 * storefront assigned by the experiment's rule (the holdout sees no widget, sticky across visits), exposures and
 * orders recorded with the variant, the report and its CSV in the admin; the rules a merchandiser relies on
 * (one running experiment per placement, fixed variants while running) and "make the winner the default".
 */
class ExperimentIT {

    private static final Pattern EXPERIMENT_ID = Pattern.compile("/crosssell-experiments/(\\d+)$");

    private static ServerDatabaseShop shop;
    private static EmbeddedWebApp site;
    private static JdbcTemplate jdbc;
    private static TestHttpClient merchandiser;

    @BeforeAll
    static void startStorefrontAndAdmin() throws Exception {
        shop = ServerDatabaseShop.start();
        site = shop.storefront();
        jdbc = shop.jdbc();
        merchandiser = new TestHttpClient(shop.launchAdmin());
        logIn(merchandiser, "admin", "admin");
    }

    @AfterAll
    static void stop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void aHoldoutExperimentAssignsVisitorsStickilyRecordsThemAndIsReadInTheReport() throws Exception {
        long id = create("Widget holdout", "fbt", "Widget shown", "50", "SAME", "", "Holdout", "50", "HOLDOUT", "");
        assertThat(post(id, "start").status).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT STATUS FROM CS_EXPERIMENT WHERE CS_EXPERIMENT_ID = ?", String.class, id)).isEqualTo("RUNNING");
        String salt = jdbc.queryForObject("SELECT SALT FROM CS_EXPERIMENT WHERE CS_EXPERIMENT_ID = ?", String.class, id);
        List<VariantSpec> variants = variantsOf(id);
        awaitStorefrontSees(id);

        int shown = 0;
        int held = 0;
        TestHttpClient shownVisitor = null;
        TestHttpClient heldVisitor = null;
        for (int i = 0; i < 24; i++) {
            TestHttpClient visitor = new TestHttpClient(site.baseUrl());
            String firstView = visitor.get("/bikes/gravel-explorer").body;
            VariantSpec expected = ExperimentAssigner.variantOf(salt, "v" + visitor.cookie("crosssell_visitor"), variants);
            boolean holdout = expected.treatment() == Treatment.HOLDOUT;
            assertThat(firstView.contains("data-cs-placement=\"fbt\"")).as("visitor " + i + " in " + expected.name()).isEqualTo(!holdout);
            assertThat(visitor.get("/bikes/gravel-explorer").body.contains("data-cs-placement=\"fbt\"")).as("sticky").isEqualTo(!holdout);
            if (holdout) {
                held++;
                heldVisitor = heldVisitor == null ? visitor : heldVisitor;
            } else {
                shown++;
                shownVisitor = shownVisitor == null ? visitor : shownVisitor;
            }
        }
        assertThat(shown).isPositive();
        assertThat(held).isPositive();
        // Exposures reach the database with the tracking writer's next flush (within a second); a shopper's order
        // comes later than that, and only orders after a written exposure count.
        TrackedPages.awaitWritten(site.rootContext().getBean("csTrackingRecorder", TrackingRecorder.class));

        TestHttpClient.Response page = heldVisitor.get("/bikes/gravel-explorer");
        TestHttpClient.Response refused = heldVisitor.postFromScript("/crosssell/cart/add", "csrfToken", page.csrfToken(),
                "placement", "fbt", "anchorProductId", "102", "productId", "102");
        assertThat(refused.status).as("the holdout is offered nothing").isEqualTo(409);
        heldVisitor.addToCart("102");
        long heldOrder = orderId(heldVisitor.placeOrder("holdout@example.com"));
        TestHttpClient.Response shownPage = shownVisitor.get("/bikes/gravel-explorer");
        String item = firstItem(shownPage.body);
        shownVisitor.post("/crosssell/cart/add", "csrfToken", shownPage.csrfToken(), "placement", "fbt", "anchorProductId", "102",
                "productId", "102", "productId", item);
        long shownOrder = orderId(shownVisitor.placeOrder("shown@example.com"));
        TrackedPages.awaitWritten(site.rootContext().getBean("csTrackingRecorder", TrackingRecorder.class));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_EXPERIMENT_EXPOSURE WHERE EXPERIMENT_ID = ?", Integer.class, id))
                .as("one exposure per visitor, however often they came").isEqualTo(24);
        long controlId = variants.get(0).id();
        long holdoutId = variants.get(1).id();
        assertThat(jdbc.queryForObject("SELECT VARIANT_ID FROM CS_EXPERIMENT_ORDER WHERE EXPERIMENT_ID = ? AND ORDER_ID = ?", Long.class,
                id, heldOrder)).isEqualTo(holdoutId);
        Map<String, Object> shownRow = jdbc.queryForMap("SELECT VARIANT_ID, ATTACHED FROM CS_EXPERIMENT_ORDER WHERE EXPERIMENT_ID = ?"
                + " AND ORDER_ID = ?", id, shownOrder);
        assertThat(((Number) shownRow.get("VARIANT_ID")).longValue()).isEqualTo(controlId);
        assertThat(shownRow.get("ATTACHED")).isEqualTo(Boolean.TRUE);
        assertThat(jdbc.queryForObject("SELECT SUM(IMPRESSIONS) FROM CS_TRACKING_COUNTER WHERE VARIANT_ID = ?", Long.class, controlId))
                .as("impressions carry the variant").isPositive();

        TestHttpClient.Response report = merchandiser.get("/crosssell-experiments/" + id);
        assertThat(report.status).isEqualTo(200);
        assertThat(variantRow(report.body, "Widget shown")).contains("cs-visitors\">" + shown + "<");
        assertThat(variantRow(report.body, "Holdout")).contains("cs-visitors\">" + held + "<");
        assertThat(report.body).contains("Not enough data yet", "cs-chart-lift");
        TestHttpClient.Response csv = merchandiser.get("/crosssell-experiments/" + id + "/report.csv");
        assertThat(csv.body.split("\r\n")[0]).startsWith("variant,control,visitors,converters,orders,revenue_per_visitor,");
        assertThat(csv.body).contains("\r\nWidget shown,true," + shown + ",1,1,", "\r\nHoldout,false," + held + ",1,1,");

        // One experiment per placement; a running experiment's variants are fixed.
        long second = create("Two items", "fbt", "As today", "50", "SAME", "", "Two items", "50", "MAX_ITEMS", "2");
        TestHttpClient.Response startSecond = post(second, "start");
        assertThat(merchandiser.get(startSecond.location.replaceFirst("^.*?/admin/", "/")).body)
                .contains("already runs on this placement");
        assertThat(jdbc.queryForObject("SELECT STATUS FROM CS_EXPERIMENT WHERE CS_EXPERIMENT_ID = ?", String.class, second)).isEqualTo("DRAFT");
        TestHttpClient.Response edited = merchandiser.post("/crosssell-experiments/" + id + "/edit", form("Widget holdout", "fbt",
                "Widget shown", "80", "SAME", "", "Holdout", "20", "HOLDOUT", ""));
        assertThat(edited.body).contains("cannot change");
        assertThat(jdbc.queryForObject("SELECT WEIGHT FROM CS_EXPERIMENT_VARIANT WHERE CS_EXPERIMENT_VARIANT_ID = ?", Integer.class,
                controlId)).isEqualTo(50);
    }

    @Test
    void theWinnersTitleBecomesThePlacementsDefaultForEveryone() throws Exception {
        long id = create("Cart title", "cart", "Today's title", "50", "SAME", "", "Riders title", "50", "TITLE", "Riders also took");
        post(id, "start");
        long winner = variantsOf(id).get(1).id();

        TestHttpClient.Response done = merchandiser.post("/crosssell-experiments/" + id + "/make-default", "csrfToken", token(),
                "variantId", String.valueOf(winner));

        assertThat(done.status).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT STATUS FROM CS_EXPERIMENT WHERE CS_EXPERIMENT_ID = ?", String.class, id)).isEqualTo("STOPPED");
        assertThat(jdbc.queryForObject("SELECT TITLE FROM CS_PLACEMENT_SETTING WHERE PLACEMENT = 'cart'", String.class))
                .isEqualTo("Riders also took");
        long deadline = System.currentTimeMillis() + 15_000;
        String cart = "";
        while (System.currentTimeMillis() < deadline && !cart.contains("Riders also took")) {
            TestHttpClient shopper = new TestHttpClient(site.baseUrl()).addToCart("101");
            cart = shopper.get("/cart").body;
            Thread.sleep(500);
        }
        assertThat(cart).as("every shopper's cart widget, within the refresh interval").contains("<h2>Riders also took</h2>");
    }

    @Test
    void aVariantWhoseConversionFallsSignificantlyIsFlaggedAsAGuardrail() throws Exception {
        long id = create("Fewer items", "confirmation", "Three items", "50", "SAME", "", "One item", "50", "MAX_ITEMS", "1");
        post(id, "start");
        List<VariantSpec> variants = variantsOf(id);
        // 2,000 visitors each; the control converts at 10 %, "One item" at 2 % (same order value): far beyond chance.
        List<Object[]> exposures = new ArrayList<Object[]>();
        List<Object[]> orders = new ArrayList<Object[]>();
        for (int i = 0; i < 4_000; i++) {
            VariantSpec variant = variants.get(i % 2);
            String key = "vguard-" + i;
            exposures.add(new Object[] { id, key, variant.id() });
            if ((i % 2 == 0 && i % 20 < 2) || (i % 2 == 1 && i % 100 == 1)) {
                orders.add(new Object[] { id, -1_000_000L - i, variant.id(), key });
            }
        }
        jdbc.batchUpdate("INSERT INTO CS_EXPERIMENT_EXPOSURE (EXPERIMENT_ID, VISITOR_KEY, VARIANT_ID, FIRST_EXPOSED)"
                + " VALUES (?, ?, ?, CURRENT_TIMESTAMP - 1 HOUR)", exposures);
        jdbc.batchUpdate("INSERT INTO CS_EXPERIMENT_ORDER (EXPERIMENT_ID, ORDER_ID, VARIANT_ID, VISITOR_KEY, SUBMITTED, MERCHANDISE,"
                + " ATTACHED, CANCELLED) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP - 30 MINUTE, 80, FALSE, FALSE)", orders);

        String report = merchandiser.get("/crosssell-experiments/" + id).body;

        assertThat(report).contains("Guardrail: conversion rate of One item is significantly lower than the control")
                .doesNotContain("Guardrail: average order value");
        post(id, "stop");
    }

    @Test
    void aBundleDiscountVariantsVisitorsAreOfferedAndChargedItsLevelAndTheWinnerBecomesTheBundlesDiscount() throws Exception {
        stopRunningOn("fbt");
        BundleService bundles = site.rootContext().getBean("csBundleService", BundleService.class);
        long kit = jdbc.queryForObject("SELECT CS_BUNDLE_ID FROM CS_BUNDLE WHERE NAME = 'Commuter kit'", Long.class);
        BundleDefinition asSeeded = bundles.read(kit);
        TestHttpClient.Response refused = merchandiser.post("/crosssell-experiments/new", form("Kit level", "cart",
                "Kit at 10 %", "50", "SAME", "", "Kit at 20 %", "50", "BUNDLE_DISCOUNT", kit + ":20"));
        assertThat(refused.body).as("tested where the saving is offered").contains("tested on the fbt placement");
        long id = create("Kit level", "fbt", "Kit at 10 %", "50", "SAME", "", "Kit at 20 %", "50", "BUNDLE_DISCOUNT", kit + ":20");
        post(id, "start");
        List<VariantSpec> variants = variantsOf(id);
        String salt = jdbc.queryForObject("SELECT SALT FROM CS_EXPERIMENT WHERE CS_EXPERIMENT_ID = ?", String.class, id);
        Long trialOffer = jdbc.queryForObject("SELECT TRIAL_OFFER_ID FROM CS_EXPERIMENT_VARIANT WHERE CS_EXPERIMENT_VARIANT_ID = ?",
                Long.class, variants.get(1).id());
        assertThat(trialOffer).as("the variant's own Broadleaf offer").isNotNull();
        awaitStorefrontSees(id);
        try {
            // Metro Commuter Bike + U-lock + light set: 10 % takes 72.40 off per set, 20 % takes 144.80.
            TestHttpClient control = null;
            TestHttpClient deeper = null;
            for (int i = 0; i < 40 && (control == null || deeper == null); i++) {
                TestHttpClient visitor = new TestHttpClient(site.baseUrl());
                TestHttpClient.Response page = visitor.get("/bikes/metro-commuter-bike");
                boolean inTrial = ExperimentAssigner.variantOf(salt, "v" + visitor.cookie("crosssell_visitor"), variants).id()
                        .equals(variants.get(1).id());
                assertThat(page.body).as("the widget offers the visitor's level")
                        .contains("data-cs-bundle-saving=\"" + (inTrial ? "144.80" : "72.40") + "\"");
                visitor.post("/crosssell/cart/add", "csrfToken", page.csrfToken(), "placement", "fbt", "anchorProductId", "101",
                        "productId", "101", "productId", "121", "productId", "133");
                assertThat(BundlePricingIT.savings(visitor.get("/cart").body)).as("and the cart charges it")
                        .containsExactly(entry("Commuter kit", inTrial ? "144.80" : "72.40"));
                if (inTrial && deeper == null) {
                    deeper = visitor;
                } else if (!inTrial && control == null) {
                    control = visitor;
                }
            }
            assertThat(control).isNotNull();
            assertThat(deeper).isNotNull();
            long order = orderId(deeper.placeOrder("deeper@example.com"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER_ITEM_DTL_ADJ a JOIN BLC_ORDER_ITEM_PRICE_DTL d"
                    + " ON d.ORDER_ITEM_PRICE_DTL_ID = a.ORDER_ITEM_PRICE_DTL_ID JOIN BLC_ORDER_ITEM i ON i.ORDER_ITEM_ID = d.ORDER_ITEM_ID"
                    + " WHERE i.ORDER_ID = ? AND a.OFFER_ID = ?", Integer.class, order, trialOffer))
                    .as("the order's adjustments come from the variant's offer").isPositive();
            assertThatThrownBy(() -> bundles.update(kit, asSeeded.toBuilder().amountOff("50").build()))
                    .as("the kind of discount is fixed while a level is tested").isInstanceOf(BundleValidationException.class);

            TestHttpClient.Response done = merchandiser.post("/crosssell-experiments/" + id + "/make-default", "csrfToken", token(),
                    "variantId", String.valueOf(variants.get(1).id()));
            assertThat(done.status).isEqualTo(302);
            assertThat(jdbc.queryForObject("SELECT DISCOUNT_VALUE FROM CS_BUNDLE WHERE CS_BUNDLE_ID = ?", BigDecimal.class, kit))
                    .isEqualByComparingTo("20");
            assertThat(jdbc.queryForObject("SELECT ARCHIVED FROM BLC_OFFER WHERE OFFER_ID = ?", String.class, trialOffer).trim()).isEqualTo("Y");
            long deadline = System.currentTimeMillis() + 20_000;
            Map<String, String> controlCart = null;
            while (System.currentTimeMillis() < deadline && !entry("Commuter kit", "144.80").equals(first(controlCart))) {
                Thread.sleep(500);
                controlCart = BundlePricingIT.savings(control.get("/cart").body);
            }
            assertThat(controlCart).as("everyone gets the winning level, from the bundle's own offer")
                    .containsExactly(entry("Commuter kit", "144.80"));
        } finally {
            stopRunningOn("fbt");
            // The admin (another JVM) replaced the kit's rows that this JVM's second-level cache still holds.
            org.hibernate.Cache cache = ((org.hibernate.ejb.HibernateEntityManagerFactory) site.rootContext()
                    .getBean("entityManagerFactory", javax.persistence.EntityManagerFactory.class)).getSessionFactory().getCache();
            cache.evictEntityRegions();
            cache.evictCollectionRegions();
            bundles.update(kit, asSeeded);
        }
    }

    private static long create(String name, String placement, String... variants) throws Exception {
        TestHttpClient.Response created = merchandiser.post("/crosssell-experiments/new", form(name, placement, variants));
        assertThat(created.status).as(created.body).isEqualTo(302);
        Matcher id = EXPERIMENT_ID.matcher(created.location);
        assertThat(id.find()).as(created.location).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The experiment form: variant rows of name, weight, treatment, value; the first row is the control. */
    private static String[] form(String name, String placement, String... variants) throws Exception {
        List<String> fields = new ArrayList<String>(Arrays.asList("csrfToken", token(), "name", name, "placement", placement,
                "primaryMetric", "REVENUE_PER_VISITOR", "minimumDetectableEffect", "5", "control", "1"));
        for (int row = 0; row < variants.length / 4; row++) {
            String prefix = "variant" + (row + 1);
            fields.addAll(Arrays.asList(prefix + "Name", variants[4 * row], prefix + "Weight", variants[4 * row + 1],
                    prefix + "Treatment", variants[4 * row + 2], prefix + "Value", variants[4 * row + 3]));
        }
        return fields.toArray(new String[0]);
    }

    /** Other tests leave their fbt experiment running; one placement runs one experiment. */
    private static void stopRunningOn(String placement) throws Exception {
        for (Long running : jdbc.queryForList("SELECT CS_EXPERIMENT_ID FROM CS_EXPERIMENT WHERE STATUS = 'RUNNING' AND PLACEMENT = ?",
                Long.class, placement)) {
            assertThat(post(running, "stop").status).isEqualTo(302);
        }
    }

    private static Map.Entry<String, String> entry(String name, String amount) {
        return new java.util.AbstractMap.SimpleEntry<String, String>(name, amount);
    }

    private static Map.Entry<String, String> first(Map<String, String> savings) {
        return savings == null || savings.isEmpty() ? null : savings.entrySet().iterator().next();
    }

    private static String token() throws Exception {
        return merchandiser.get("/crosssell-experiments/new").csrfToken();
    }

    private static TestHttpClient.Response post(long id, String action) throws Exception {
        return merchandiser.post("/crosssell-experiments/" + id + "/" + action, "csrfToken", token());
    }

    private static List<VariantSpec> variantsOf(long id) {
        List<VariantSpec> variants = new ArrayList<VariantSpec>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT CS_EXPERIMENT_VARIANT_ID, NAME, WEIGHT, IS_CONTROL, TREATMENT,"
                + " TREATMENT_VALUE FROM CS_EXPERIMENT_VARIANT WHERE CS_EXPERIMENT_ID = ? ORDER BY POSITION", id)) {
            variants.add(new VariantSpec(((Number) row.get("CS_EXPERIMENT_VARIANT_ID")).longValue(), (String) row.get("NAME"),
                    ((Number) row.get("WEIGHT")).intValue(), Boolean.TRUE.equals(row.get("IS_CONTROL")),
                    Treatment.fromName((String) row.get("TREATMENT")), (String) row.get("TREATMENT_VALUE")));
        }
        return variants;
    }

    /** The storefront re-reads experiments every few seconds: wait until a holdout visitor appears. */
    private static void awaitStorefrontSees(long id) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            TestHttpClient probe = new TestHttpClient(site.baseUrl());
            probe.get("/bikes/gravel-explorer");
            TrackedPages.awaitWritten(site.rootContext().getBean("csTrackingRecorder", TrackingRecorder.class));
            if (jdbc.queryForObject("SELECT COUNT(*) FROM CS_EXPERIMENT_EXPOSURE WHERE EXPERIMENT_ID = ?", Integer.class, id) > 0) {
                // The probes are no test visitors: only the visitors below count.
                jdbc.update("DELETE FROM CS_EXPERIMENT_EXPOSURE WHERE EXPERIMENT_ID = ?", id);
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the storefront did not pick up experiment " + id);
    }

    private static long orderId(String orderNumber) {
        return jdbc.queryForObject("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = ?", Long.class, orderNumber);
    }

    private static String firstItem(String page) {
        List<String> shown = TrackedPages.shownItems(page);
        assertThat(shown).isNotEmpty();
        return shown.get(0);
    }

    private static String variantRow(String page, String variant) {
        int at = page.indexOf("data-cs-variant=\"" + variant + "\"");
        assertThat(at).as("row of " + variant).isNotNegative();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
