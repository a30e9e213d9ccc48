package io.crosssell.demo.launch;

import static io.crosssell.demo.launch.AdminForms.form;
import static io.crosssell.demo.launch.AdminForms.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.service.BundleService;

/** The Bundle Discounts and Checkout Add-ons sections of the real demo admin, driven over HTTP. */
@Tag(SharedApp.ADMIN)
class AdminBundlesAndAddOnsIT {

    private static EmbeddedWebApp admin;
    private static JdbcTemplate jdbc;
    private static BundleDefinition kit;
    private static BigDecimal giftWrapAmount;

    @BeforeAll
    static void startAdmin() throws Exception {
        admin = SharedApp.admin();
        jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
        giftWrapAmount = addOnAmount(1);
        // The storefront seeds the demo's kit at its start; no storefront runs on this admin's database.
        kit = bundles().create(BundleDefinition.builder("Commuter kit").percentOff("10").product(101).product(121).product(133)
                .build());
    }

    @AfterAll
    static void putBackTheKitAndTheGiftWrap() {
        // Other tests on this admin see the seeded add-ons and no bundle.
        if (kit != null) {
            bundles().delete(kit.id());
        }
        jdbc.update("UPDATE CS_ADDON SET AMOUNT = ? WHERE CS_ADDON_ID = 1", giftWrapAmount);
        jdbc.update("DELETE FROM CS_ADDON_ELIGIBILITY WHERE CS_ADDON_ID = 1 AND PRODUCT_ID = 101");
        net.sf.ehcache.CacheManager.getInstance().clearAll();
    }

    private static BundleService bundles() {
        return admin.rootContext().getBean("csBundleService", BundleService.class);
    }

    @Test
    void aBundleIsBuiltOnItsScreenAsADraftThenSwitchedOnWithItsOfferInStep() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        logIn(http, "admin", "admin");
        assertThat(http.get("/crosssell-bundles").body).contains("Commuter kit");

        TestHttpClient.Response created = http.post("/crosssell-bundles/add", form(http, "/crosssell-bundles/add",
                "name", "Lock and light", "discountType", "PERCENT", "discountValue", "15", "active", "true"));
        assertThat(created.status).as(created.body).isEqualTo(302);
        long bundleId = Long.parseLong(created.location.replaceAll(".*/crosssell-bundles/", ""));
        assertThat(bundle(bundleId)).containsEntry("ACTIVE", false).containsEntry("ARCHIVED", "Y");

        String items = "/crosssell-bundles/" + bundleId + "/items";
        assertThat(http.post(items + "/add", form(http, items + "/add", "product", "121")).status).isEqualTo(200);
        assertThat(http.post(items + "/add", form(http, items + "/add", "product", "133")).status).isEqualTo(200);
        TestHttpClient.Response twice = http.post(items + "/add", form(http, items + "/add", "product", "121"));
        assertThat(twice.body).contains("The bundle lists Heavy U-Lock twice.");
        assertThat(itemProducts(bundleId)).isEqualTo("121,133");

        String edit = "/crosssell-bundles/" + bundleId;
        TestHttpClient.Response tooMuch = http.post(edit, form(http, edit, "name", "Lock and light",
                "discountType", "PERCENT", "discountValue", "100", "active", "true"));
        assertThat(tooMuch.body).contains("A percentage discount must be less than 100 %.");
        assertThat(bundle(bundleId)).containsEntry("ACTIVE", false);

        TestHttpClient.Response switchedOn = http.post(edit, form(http, edit, "name", "Lock and light",
                "discountType", "PERCENT", "discountValue", "15", "active", "true"));
        assertThat(switchedOn.status).as(switchedOn.body).isEqualTo(302);
        Map<String, Object> saved = bundle(bundleId);
        assertThat(saved).containsEntry("ACTIVE", true).containsEntry("ARCHIVED", "N");
        assertThat((BigDecimal) saved.get("OFFER_VALUE")).isEqualByComparingTo("15");
        assertThat(http.get(edit).body).as("the discount as written, not at the column's scale")
                .contains("value=\"15\"").doesNotContain("15.00000");
        assertThat(http.get("/crosssell-bundles").body).contains("Commuter kit").doesNotContain("10.00000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_TAR_CRIT_OFFER_XREF WHERE OFFER_ID = ?", Integer.class,
                saved.get("OFFER_ID"))).isEqualTo(2);

        // An active bundle keeps at least two items; the refusal changes nothing.
        Long firstItem = jdbc.queryForObject("SELECT MIN(CS_BUNDLE_ITEM_ID) FROM CS_BUNDLE_ITEM WHERE CS_BUNDLE_ID = ?",
                Long.class, bundleId);
        // Broadleaf's admin script posts it and shows an error answer's single element as a dialog: the reason.
        TestHttpClient.Response removal = http.postFromScript(items + "/" + firstItem + "/delete", "csrfToken",
                http.get(edit).csrfToken());
        assertThat(removal.status).isEqualTo(409);
        assertThat(removal.body.trim()).startsWith("<div class=\"cs-refusal\">")
                .contains("The item was not removed: A bundle has 2 to 5 items").doesNotContainPattern(TestHttpClient.STACK_TRACE);
        assertThat(itemProducts(bundleId)).isEqualTo("121,133");

        // A fixed amount must stay below the price of the product that carries it (the lock, 59.99).
        TestHttpClient.Response amount = http.post(edit, form(http, edit, "name", "Lock and light",
                "discountType", "AMOUNT", "discountValue", "70", "active", "true"));
        assertThat(amount.body).contains("An amount off must be less than the price of the bundle");
        assertThat((BigDecimal) bundle(bundleId).get("DISCOUNT_VALUE")).isEqualByComparingTo("15");

        assertThat(http.post(edit + "/delete", form(http, edit)).status).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_BUNDLE WHERE CS_BUNDLE_ID = ?", Integer.class, bundleId))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT TRIM(ARCHIVED) FROM BLC_OFFER WHERE OFFER_ID = ?", String.class,
                saved.get("OFFER_ID"))).isEqualTo("Y");
    }

    @Test
    void anAddOnIsChangedOnItsScreenAndWrongSettingsAreRefusedWithNothingSaved() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        logIn(http, "admin", "admin");
        assertThat(http.get("/crosssell-addons").body).contains("Gift wrap", "Express delivery");

        TestHttpClient.Response changed = http.post("/crosssell-addons/1", form(http, "/crosssell-addons/1",
                "name", "Gift wrap", "kind", "GIFT_WRAP", "priceMode", "FIXED", "amount", "5.49"));
        assertThat(changed.status).as(changed.body).isEqualTo(302);
        assertThat(addOnAmount(1)).isEqualByComparingTo("5.49");

        TestHttpClient.Response negative = http.post("/crosssell-addons/1", form(http, "/crosssell-addons/1",
                "name", "Gift wrap", "kind", "GIFT_WRAP", "priceMode", "FIXED", "amount", "-1"));
        assertThat(negative.body).contains("The price must be 0 or more.");
        TestHttpClient.Response tampered = http.post("/crosssell-addons/1", form(http, "/crosssell-addons/1",
                "name", "Gift wrap", "kind", "FREE_MONEY", "priceMode", "PERCENT", "amount", "50"));
        assertThat(tampered.body).contains("Choose what the add-on is: gift wrap, warranty or express delivery.");
        assertThat(addOnAmount(1)).isEqualByComparingTo("5.49");
        assertThat(jdbc.queryForObject("SELECT KIND FROM CS_ADDON WHERE CS_ADDON_ID = 1", String.class)).isEqualTo("GIFT_WRAP");

        TestHttpClient.Response created = http.post("/crosssell-addons/add", form(http, "/crosssell-addons/add",
                "name", "Gift bag", "kind", "GIFT_WRAP", "priceMode", "FIXED", "amount", "2.50", "sku", "201",
                "active", "true", "maxMessageLength", "100", "displayOrder", "5"));
        assertThat(created.status).as(created.body).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT AMOUNT FROM CS_ADDON WHERE NAME = 'Gift bag'", BigDecimal.class))
                .isEqualByComparingTo("2.50");

        TestHttpClient.Response noSku = http.post("/crosssell-addons/add", form(http, "/crosssell-addons/add",
                "name", "Ghost", "kind", "GIFT_WRAP", "priceMode", "FIXED", "amount", "1"));
        assertThat(noSku.body).contains("Service SKU", "This field is required");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_ADDON WHERE NAME = 'Ghost'", Integer.class)).isZero();

        // What an add-on covers: one product or one category per entry.
        String coverage = "/crosssell-addons/1/eligibility";
        assertThat(http.post(coverage + "/add", form(http, coverage + "/add", "product", "101")).status).isEqualTo(200);
        TestHttpClient.Response neither = http.post(coverage + "/add", form(http, coverage + "/add"));
        assertThat(neither.body).contains("Choose one product or one category for the entry.");
        TestHttpClient.Response both = http.post(coverage + "/add", form(http, coverage + "/add", "product", "102",
                "category", "10"));
        assertThat(both.body).contains("Choose one product or one category for the entry.");
        assertThat(jdbc.queryForList("SELECT PRODUCT_ID FROM CS_ADDON_ELIGIBILITY WHERE CS_ADDON_ID = 1", Long.class))
                .containsExactly(101L);
        assertThat(http.get("/crosssell-addons/1").body).contains("Offered for", "Metro Commuter Bike");

        TestHttpClient.Response deleted = http.post("/crosssell-addons/1/delete", form(http, "/crosssell-addons/1"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_ADDON WHERE CS_ADDON_ID = 1", Integer.class)).isEqualTo(1);
        assertThat(deleted.location).as("back on the add-on's screen, not an error page").endsWith("/crosssell-addons/1");
        assertThat(http.get("/crosssell-addons/1").body).as("the reason at the top of the screen")
                .contains("Add-ons are not deleted, since cart and order lines name them: set Active to No to stop offering one.");
    }

    @Test
    void bundlesAndAddOnsAreReadOnlyWithTheViewPermissionAndClosedWithoutIt() throws Exception {
        int bundlesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM CS_BUNDLE", Integer.class);
        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");
        assertThat(viewer.get("/crosssell-bundles").body).contains("Commuter kit");
        assertThat(viewer.get("/crosssell-addons").body).contains("Gift wrap");
        TestHttpClient full = new TestHttpClient(admin.baseUrl());
        logIn(full, "admin", "admin");
        List<String> addBundle = AdminForms.asList(form(full, "/crosssell-bundles/add",
                "name", "Viewer's bundle", "discountType", "PERCENT", "discountValue", "5"));
        AdminForms.replaceToken(addBundle, viewer.get("/crosssell-addons/1").csrfToken());
        TestHttpClient.Response refused = viewer.post("/crosssell-bundles/add", addBundle.toArray(new String[0]));
        viewer.post("/crosssell-addons/1", form(viewer, "/crosssell-addons/1", "name", "Renamed by viewer",
                "kind", "GIFT_WRAP", "priceMode", "FIXED", "amount", "0"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_BUNDLE", Integer.class))
                .as("viewer's add answered " + refused.status).isEqualTo(bundlesBefore);
        assertThat(jdbc.queryForObject("SELECT NAME FROM CS_ADDON WHERE CS_ADDON_ID = 1", String.class)).isEqualTo("Gift wrap");

        TestHttpClient merchandiser = new TestHttpClient(admin.baseUrl());
        logIn(merchandiser, "merchandiser", "merchandiser");
        assertThat(merchandiser.get("/crosssell-bundles").body).doesNotContain("Commuter kit");
        assertThat(merchandiser.get("/crosssell-addons").body).doesNotContain("Express delivery");
    }

    @Test
    void bundlesDownloadAsCsvAndAnImportIsCheckedWholeBeforeAnythingIsWritten() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        logIn(http, "admin", "admin");
        TestHttpClient.Response export = http.get("/crosssell-bundles-csv/export");
        assertThat(export.status).isEqualTo(200);
        assertThat(export.body).startsWith("id,name,discount_type,discount,start,end,active,members,member_names\r\n")
                .contains(",Commuter kit,PERCENT,10,,,true,product:101|product:121|product:133,"
                        + "Metro Commuter Bike|Heavy U-Lock|Commuter Light Set\r\n");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM CS_BUNDLE", Integer.class);
        String header = "id,name,discount_type,discount,start,end,active,members\n";
        String good = header + ",Pump and tube,PERCENT,5,,,true,product:141|product:164\n";
        String bad = good + ",Lonely pump,PERCENT,5,,,true,product:141\n,Ghost kit,AMOUNT,5,,,true,product:99999|product:141\n"
                + ",Odd kit,HALF,5,,,true,product:141|product:164\n";
        String token = http.get("/crosssell-bundles-csv").csrfToken();

        TestHttpClient.Response refused = http.post("/crosssell-bundles-csv/import", "csrfToken", token, "csv", bad);
        assertThat(refused.body).as("format and bundle problems in one report").contains("Nothing was imported",
                "Row 5, discount_type: &quot;HALF&quot; is not PERCENT or AMOUNT.",
                "Row 3: A bundle has 2 to 5 items; this one has 1. Save it inactive while you add its items.",
                "Row 4: There is no product 99999.");
        TestHttpClient.Response dryRun = http.post("/crosssell-bundles-csv/import", "csrfToken", token, "csv", good,
                "dryRun", "true");
        assertThat(dryRun.body).contains("Dry run: nothing was written", "Row 2: new bundle &quot;Pump and tube&quot;");
        long kitId = jdbc.queryForObject("SELECT CS_BUNDLE_ID FROM CS_BUNDLE WHERE NAME = 'Commuter kit'", Long.class);
        TestHttpClient.Response kitChange = http.post("/crosssell-bundles-csv/import", "csrfToken", token, "csv",
                header + kitId + ",Commuter kit,PERCENT,15,,,true,product:101|product:121\n", "dryRun", "true");
        assertThat(kitChange.body).as("a dry run says what changes, field by field").contains("Row 2: bundle " + kitId
                + " changes discount 10 \u2192 15, members product:101|product:121|product:133 \u2192 product:101|product:121");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_BUNDLE", Integer.class)).isEqualTo(before);

        TestHttpClient.Response applied = http.post("/crosssell-bundles-csv/import", "csrfToken", token, "csv", good);
        assertThat(applied.body).contains("Imported.");
        Map<String, Object> imported = jdbc.queryForMap("SELECT b.ACTIVE, TRIM(o.ARCHIVED) AS ARCHIVED FROM CS_BUNDLE b"
                + " JOIN BLC_OFFER o ON o.OFFER_ID = b.OFFER_ID WHERE b.NAME = 'Pump and tube'");
        assertThat(imported).containsEntry("ACTIVE", true).containsEntry("ARCHIVED", "N");

        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");
        TestHttpClient.Response viewerPage = viewer.get("/crosssell-bundles-csv");
        assertThat(viewerPage.status).isEqualTo(200);
        assertThat(viewer.post("/crosssell-bundles-csv/import", "csrfToken", viewerPage.csrfToken(), "csv", good).status)
                .isEqualTo(403);
    }

    private static Map<String, Object> bundle(long bundleId) {
        return jdbc.queryForMap("SELECT b.ACTIVE, b.DISCOUNT_VALUE, b.OFFER_ID, TRIM(o.ARCHIVED) AS ARCHIVED, o.OFFER_VALUE FROM CS_BUNDLE b"
                + " JOIN BLC_OFFER o ON o.OFFER_ID = b.OFFER_ID WHERE b.CS_BUNDLE_ID = ?", bundleId);
    }

    private static String itemProducts(long bundleId) {
        return String.join(",", jdbc.queryForList("SELECT CAST(PRODUCT_ID AS VARCHAR(20)) FROM CS_BUNDLE_ITEM"
                + " WHERE CS_BUNDLE_ID = ? ORDER BY POSITION", String.class, bundleId));
    }

    private static BigDecimal addOnAmount(long addOnId) {
        return jdbc.queryForObject("SELECT AMOUNT FROM CS_ADDON WHERE CS_ADDON_ID = ?", BigDecimal.class, addOnId);
    }
}
