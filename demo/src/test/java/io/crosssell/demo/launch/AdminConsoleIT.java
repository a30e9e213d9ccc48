package io.crosssell.demo.launch;

import static io.crosssell.demo.launch.AdminForms.hiddenFields;
import static io.crosssell.demo.launch.AdminForms.logIn;
import static io.crosssell.demo.launch.AdminForms.replaceToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.rule.service.RuleImportService;

/** Boots the real demo admin console (Broadleaf admin + plugin) on an in-memory HSQLDB and drives it over HTTP. */
@Tag(SharedApp.ADMIN)
class AdminConsoleIT {

    private static final long LOCK_OWNER = 9001;

    private static EmbeddedWebApp admin;

    @BeforeAll
    static void startAdmin() throws Exception {
        admin = SharedApp.admin();
    }

    @AfterEach
    void takeOutTheRulesTheTestAdded() {
        TestRules.deleteNamed(admin, "Bike to itself", "Not allowed", "Road bikes: aero helmet", "Loop", "Caf\u00e9 rule");
    }


    @Test
    void seededAdminLogsInAndSeesSeededProducts() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());

        TestHttpClient.Response login = logIn(http, "admin", "admin");
        assertThat(login.status).isEqualTo(302);
        assertThat(login.location).endsWith("/admin/loginSuccess");

        TestHttpClient.Response products = http.get("/product");
        assertThat(products.status).isEqualTo(200);
        assertThat(products.body).contains("Metro Commuter Bike", "Heavy U-Lock");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());

        TestHttpClient.Response login = logIn(http, "admin", "not-the-password");

        assertThat(login.status).isEqualTo(302);
        assertThat(login.location).contains("login_error=true");
        TestHttpClient.Response products = http.get("/product");
        assertThat(products.body).doesNotContain("Metro Commuter Bike");
    }

    @Test
    void theRuleListShowsCategoriesAndDatesSearchesByNameAndTheFormExplainsItsFields() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        logIn(http, "admin", "admin");

        String list = http.get("/crosssell-rules").body;
        String header = list.substring(list.indexOf("<thead"), list.indexOf("</thead>"));
        assertThat(header).contains("Name", "Source category", "Target category", "Active from", "Active until");
        java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("type=\"search\"[^>]*placeholder=\"([^\"]*)\"|placeholder=\"([^\"]*)\"[^>]*type=\"search\"").matcher(list);
        assertThat(placeholder.find()).isTrue();
        assertThat(placeholder.group(0)).as(header).contains("Name");
        assertThat(list).contains("Bikes", "Lights");
        String searched = http.get("/crosssell-rules?name=light+set+first").body;
        assertThat(searched).contains("Commuter bike: light set first").doesNotContain("Bikes need a helmet");

        String form = http.get("/crosssell-rules/add").body;
        assertThat(form).contains("1 puts the target first in the list", "at most this many of the rule",
                "shoppers do not see it");
    }

    @Test
    void anInvalidRuleIsRefusedWithItsReasonAndNothingIsSaved() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        logIn(http, "admin", "admin");
        JdbcTemplate jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);
        TestHttpClient.Response form = http.get("/crosssell-rules/add");
        assertThat(form.status).isEqualTo(200);

        List<String> fields = hiddenFields(form.body);
        fields.addAll(java.util.Arrays.asList("fields['name'].value", "Bike to itself",
                "fields['ruleType'].value", "FREQUENTLY_BOUGHT_TOGETHER",
                "fields['sourceProduct'].value", "101", "fields['targetProduct'].value", "101",
                "fields['priority'].value", "10", "fields['active'].value", "true"));
        TestHttpClient.Response refused = http.post("/crosssell-rules/add", fields.toArray(new String[0]));

        assertThat(refused.body).as("status " + refused.status + ", location " + refused.location)
                .contains("A rule may not link a product to itself.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before);

        fields.set(fields.indexOf("fields['targetProduct'].value") + 1, "111");
        TestHttpClient.Response saved = http.post("/crosssell-rules/add", fields.toArray(new String[0]));
        assertThat(saved.status).as(saved.body).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE WHERE NAME = 'Bike to itself' AND TARGET_PRODUCT_ID = 111",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void rulesAreReadOnlyWithTheViewPermissionAndClosedWithoutIt() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);
        TestHttpClient full = new TestHttpClient(admin.baseUrl());
        logIn(full, "admin", "admin");
        List<String> fields = hiddenFields(full.get("/crosssell-rules/add").body);
        fields.addAll(java.util.Arrays.asList("fields['name'].value", "Not allowed",
                "fields['ruleType'].value", "CART_CROSS_SELL",
                "fields['sourceProduct'].value", "102", "fields['targetProduct'].value", "112",
                "fields['priority'].value", "5", "fields['active'].value", "true"));

        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        assertThat(logIn(viewer, "viewer", "viewer").location).endsWith("/admin/loginSuccess");
        TestHttpClient.Response list = viewer.get("/crosssell-rules");
        assertThat(list.status).isEqualTo(200);
        assertThat(list.body).contains("Commuter bike: light set first");
        replaceToken(fields, viewer.get("/crosssell-rules").csrfTokenOrNull());
        TestHttpClient.Response viewerAdd = viewer.post("/crosssell-rules/add", fields.toArray(new String[0]));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class))
                .as("viewer's add answered " + viewerAdd.status).isEqualTo(before);

        TestHttpClient merchandiser = new TestHttpClient(admin.baseUrl());
        logIn(merchandiser, "merchandiser", "merchandiser");
        TestHttpClient.Response closed = merchandiser.get("/crosssell-rules");
        assertThat(closed.body).as("status " + closed.status).doesNotContain("Commuter bike: light set first");
        assertThat(merchandiser.get("/crosssell-rules/1").body).doesNotContain("Bikes need a helmet");
        replaceToken(fields, merchandiser.get("/product").csrfTokenOrNull());
        merchandiser.post("/crosssell-rules/add", fields.toArray(new String[0]));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before);

        // The same form from a user with full access is saved: the refusals above were about permissions.
        replaceToken(fields, full.get("/crosssell-rules").csrfTokenOrNull());
        assertThat(full.post("/crosssell-rules/add", fields.toArray(new String[0])).status).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void previewAsACustomerShowsWhatTheirHistoryChangesAndWhatIsRecommendedForThem() throws Exception {
        // The admin's own database holds no demo customers: one who bought the Heavy U-Lock and the Gravel Explorer.
        TestOrders.ensureCustomer(admin.rootContext(), LOCK_OWNER, "Lock Owner");
        long order = TestOrders.submitFor(admin.rootContext(), LOCK_OWNER, 121, 102);
        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");

        TestHttpClient.Response preview;
        try {
            preview = viewer.get("/crosssell-preview?productId=101&customerId=" + LOCK_OWNER);
        } finally {
            TestOrders.cancel(admin.rootContext(), order);
        }

        assertThat(preview.status).isEqualTo(200);
        assertThat(preview.body).contains("name=\"customerId\" value=\"" + LOCK_OWNER + "\"",
                "As customer Test Lock Owner (" + LOCK_OWNER + "), compared with a new visitor", "Compared with a new visitor",
                "data-cs-placement=\"personal\"");
        String fbt = preview.body.substring(preview.body.indexOf("data-cs-placement=\"fbt\""),
                preview.body.indexOf("data-cs-placement=\"cart\""));
        // A new visitor gets a lock with the bike; the lock's owner gets none, and the preview says so.
        assertThat(fbt).contains("A new visitor sees, this customer does not").doesNotContain("class=\"cs-preview-item\" data-cs-product-id=\"121\"");
        // After a bike: the post-purchase rule's chain lube, as after any bike, now on "Recommended for you".
        String personal = preview.body.substring(preview.body.indexOf("data-cs-placement=\"personal\""));
        assertThat(personal).contains("class=\"cs-preview-item\"", "new for this customer", "Chain Lube");
        assertThat(viewer.get("/crosssell-preview?productId=101").body).doesNotContain("data-cs-placement=\"personal\"");
        assertThat(viewer.get("/crosssell-preview?productId=101&customerId=99999").body).contains("There is no customer 99999.");
        assertThat(viewer.get("/crosssell-preview?productId=101&customerId=x1").body).contains("&quot;x1&quot; is not a customer id.");
    }

    @Test
    void previewShowsEachPlacementsListWithReasonsAndWhatWasLeftOut() throws Exception {
        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");

        TestHttpClient.Response preview = viewer.get("/crosssell-preview?productId=101&cartProductIds=121");

        assertThat(preview.status).isEqualTo(200);
        assertThat(preview.body).contains("name=\"cartProductIds\" value=\"121\"", "For Metro Commuter Bike", "data-cs-placement=\"fbt\"",
                "data-cs-placement=\"cart\"", "data-cs-placement=\"confirmation\"",
                "Commuter Light Set (133)", "rule 4: Metro Commuter Bike", "Left out");
        String fbt = preview.body.substring(preview.body.indexOf("data-cs-placement=\"fbt\""),
                preview.body.indexOf("data-cs-placement=\"cart\""));
        assertThat(fbt).doesNotContain("class=\"cs-preview-item\" data-cs-product-id=\"121\"")
                .contains("Heavy U-Lock (121): ");
        assertThat(viewer.get("/crosssell-preview?productId=abc").body).contains("&quot;abc&quot; is not a product id.");
        assertThat(viewer.get("/crosssell-preview?productId=99999").body).contains("There is no product 99999.");

        TestHttpClient merchandiser = new TestHttpClient(admin.baseUrl());
        logIn(merchandiser, "merchandiser", "merchandiser");
        TestHttpClient.Response refused = merchandiser.get("/crosssell-preview?productId=101");
        assertThat(refused.status).isEqualTo(403);
        assertThat(refused.body).doesNotContain("Commuter Light Set (133)");
    }

    @Test
    void previewShowsTheUpgradeApartAndWhatDoesNotFitTheKidsBike() throws Exception {
        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");

        String commuter = viewer.get("/crosssell-preview?productId=101").body;
        String upgrade = commuter.substring(commuter.indexOf("data-cs-placement=\"upsell\""),
                commuter.indexOf("data-cs-placement=\"cart\""));
        assertThat(upgrade).contains("class=\"cs-preview-item\" data-cs-product-id=\"102\"", "Gravel Explorer (102)",
                "rule 10: Metro Commuter Bike \u2192 Gravel Explorer");
        String kids = viewer.get("/crosssell-preview?productId=105").body;
        assertThat(kids).contains("Heavy U-Lock (121): the catalog marks it for other shoppers",
                "Front Light 800 (131): the catalog marks it for other shoppers");
    }

    @Test
    void aRulesCsvRowOfTheRetiredAddOnTypeIsRefusedSayingWhereAddOnsAreSetNow() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
        TestHttpClient full = new TestHttpClient(admin.baseUrl());
        logIn(full, "admin", "admin");
        TestHttpClient.Response page = full.get("/crosssell-rules-csv");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);

        TestHttpClient.Response refused = full.post("/crosssell-rules-csv/import", "csrfToken", page.csrfToken(), "csv",
                String.join(",", io.crosssell.rule.csv.RuleCsv.COLUMNS) + "\n,Kids bike add-on,ADD_ON,105,,114,,5,,,true,,,false\n");

        assertThat(refused.body).contains("Nothing was imported",
                "Row 2: Add-on rules no longer exist: which add-ons a product is offered is set on the add-on itself");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before);

        // A rule of the retired type saved before still lists and opens (it shows no type) so it can be retyped or deleted.
        jdbc.update("INSERT INTO CS_RULE (CS_RULE_ID, NAME, RULE_TYPE, SOURCE_PRODUCT_ID, TARGET_PRODUCT_ID, PRIORITY, ACTIVE,"
                + " ALLOW_REPURCHASE, DATE_UPDATED) VALUES (990, 'Old add-on rule', 'ADD_ON', 105, 114, 5, TRUE, FALSE, CURRENT_TIMESTAMP)");
        try {
            TestHttpClient.Response list = full.get("/crosssell-rules");
            TestHttpClient.Response edit = full.get("/crosssell-rules/990");
            assertThat(list.status).isEqualTo(200);
            assertThat(list.body).contains("Old add-on rule").doesNotContainPattern(TestHttpClient.STACK_TRACE);
            assertThat(edit.status).isEqualTo(200);
            assertThat(edit.body).contains("Old add-on rule").doesNotContainPattern(TestHttpClient.STACK_TRACE);
        } finally {
            jdbc.update("DELETE FROM CS_RULE WHERE CS_RULE_ID = 990");
        }
    }

    @Test
    void rulesDownloadAsCsvAndAnImportIsCheckedWholeBeforeAnythingIsWritten() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
        TestHttpClient full = new TestHttpClient(admin.baseUrl());
        logIn(full, "admin", "admin");
        TestHttpClient.Response page = full.get("/crosssell-rules-csv");
        assertThat(page.status).isEqualTo(200);
        TestHttpClient.Response export = full.get("/crosssell-rules-csv/export");
        assertThat(export.status).isEqualTo(200);
        assertThat(export.body).startsWith("id,name,type,")
                .contains("4,Commuter bike: light set first,FREQUENTLY_BOUGHT_TOGETHER,101,,133,,0,1,");
        String header = export.body.substring(0, export.body.indexOf('\n') + 1);
        String changed = header + "4,Commuter bike: light set first,FREQUENTLY_BOUGHT_TOGETHER,101,,133,,9,1,,true,,,false,,\n";

        TestHttpClient.Response dryRun = full.post("/crosssell-rules-csv/import", "csrfToken", page.csrfToken(),
                "csv", changed, "dryRun", "true");
        assertThat(dryRun.body).contains("Dry run: nothing was written", "Row 2: rule 4 changes priority 0 \u2192 9");
        assertThat(jdbc.queryForObject("SELECT PRIORITY FROM CS_RULE WHERE CS_RULE_ID = 4", Integer.class)).isZero();

        TestHttpClient.Response refused = full.post("/crosssell-rules-csv/import", "csrfToken", page.csrfToken(),
                "csv", changed + ",Loop,CART_CROSS_SELL,103,,103,,5,,,true,,,false,,\n");
        assertThat(refused.body).contains("Nothing was imported", "Row 3: A rule may not link a product to itself.");
        assertThat(jdbc.queryForObject("SELECT PRIORITY FROM CS_RULE WHERE CS_RULE_ID = 4", Integer.class)).isZero();

        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");
        TestHttpClient.Response viewerPage = viewer.get("/crosssell-rules-csv");
        assertThat(viewer.get("/crosssell-rules-csv/export").status).isEqualTo(200);
        assertThat(viewer.post("/crosssell-rules-csv/import", "csrfToken", viewerPage.csrfToken(), "csv", changed).status)
                .isEqualTo(403);
        TestHttpClient merchandiser = new TestHttpClient(admin.baseUrl());
        logIn(merchandiser, "merchandiser", "merchandiser");
        assertThat(merchandiser.get("/crosssell-rules-csv/export").status).isEqualTo(403);

        try {
            TestHttpClient.Response applied = full.post("/crosssell-rules-csv/import", "csrfToken", page.csrfToken(), "csv", changed);
            assertThat(applied.body).contains("Imported.");
            assertThat(jdbc.queryForObject("SELECT PRIORITY FROM CS_RULE WHERE CS_RULE_ID = 4", Integer.class)).isEqualTo(9);
        } finally {
            admin.rootContext().getBean("csRuleImportService", RuleImportService.class).importCsv(export.body, false);
        }
    }

    @Test
    void anUploadedRulesFileIsImportedLikePastedCsvAndABadFileChangesNothing() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
        TestHttpClient full = new TestHttpClient(admin.baseUrl());
        logIn(full, "admin", "admin");
        TestHttpClient.Response page = full.get("/crosssell-rules-csv");
        String upload = "/crosssell-rules-csv/import?csrfToken=" + page.csrfToken();
        String header = String.join(",", io.crosssell.rule.csv.RuleCsv.COLUMNS) + "\r\n";
        String good = header + ",Road bikes: aero helmet,FREQUENTLY_BOUGHT_TOGETHER,104,,112,,15,,,true,,,false\r\n";
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);

        TestHttpClient.Response bad = full.postFile(upload, "file", "rules.csv",
                (good + ",Loop,CART_CROSS_SELL,104,,104,,5,,,true,,,false\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.body).contains("Nothing was imported", "Row 3: A rule may not link a product to itself.");
        TestHttpClient.Response latin1 = full.postFile(upload, "file", "rules.csv",
                (header + ",Caf\u00e9 rule,CART_CROSS_SELL,104,,112,,5,,,true,,,false\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.body).contains("The file is not UTF-8 text");
        TestHttpClient.Response dryRun = full.postFile(upload, "file", "rules.csv", good.getBytes(StandardCharsets.UTF_8),
                "dryRun", "true");
        assertThat(dryRun.body).contains("Dry run: nothing was written", "Row 2: new rule &quot;Road bikes: aero helmet&quot;");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before);

        // Spreadsheets save "CSV UTF-8" with a byte-order mark.
        TestHttpClient.Response applied = full.postFile(upload, "file", "rules.csv",
                ("\ufeff" + good).getBytes(StandardCharsets.UTF_8));
        assertThat(applied.body).contains("Imported.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE WHERE NAME = 'Road bikes: aero helmet'", Integer.class))
                .isEqualTo(1);

        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");
        TestHttpClient.Response viewerPage = viewer.get("/crosssell-rules-csv");
        assertThat(viewer.postFile("/crosssell-rules-csv/import?csrfToken=" + viewerPage.csrfToken(), "file", "rules.csv",
                good.getBytes(StandardCharsets.UTF_8)).status).isEqualTo(403);
    }

    @Test
    void coPurchaseStatisticsAreRebuiltInTheBackgroundWithTheResultShown() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");
        TestHttpClient.Response viewed = viewer.get("/crosssell-mining");
        assertThat(viewed.status).isEqualTo(200);
        assertThat(viewed.body).contains("Co-purchase statistics", "Save thresholds");
        assertThat(viewer.post("/crosssell-mining/rebuild", "csrfToken", viewed.csrfToken()).status).isEqualTo(403);
        TestHttpClient merchandiser = new TestHttpClient(admin.baseUrl());
        logIn(merchandiser, "merchandiser", "merchandiser");
        assertThat(merchandiser.get("/crosssell-mining").status).isEqualTo(403);

        TestHttpClient full = new TestHttpClient(admin.baseUrl());
        logIn(full, "admin", "admin");
        TestHttpClient.Response started = full.post("/crosssell-mining/rebuild", "csrfToken", full.get("/crosssell-mining").csrfToken());
        assertThat(started.status).isEqualTo(302);
        assertThat(started.location).endsWith("/admin/crosssell-mining");

        String page = full.get("/crosssell-mining").body;
        long deadline = System.currentTimeMillis() + 30_000;
        while (!page.contains("Finished after") && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            page = full.get("/crosssell-mining").body;
        }
        assertThat(page).contains("A rebuild runs in this admin.", "Finished after", "Rebuilt: ", "Last rebuild: ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_MINING_STATE WHERE LAST_REBUILD_STARTED IS NOT NULL",
                Integer.class)).isEqualTo(1);
    }



    @Test
    void theProductScreenListsTheRulesNamingTheProductForUsersWhoMayViewRules() throws Exception {
        TestHttpClient full = new TestHttpClient(admin.baseUrl());
        logIn(full, "admin", "admin");

        TestHttpClient.Response product = full.get("/product/101");

        assertThat(product.status).isEqualTo(200);
        assertThat(product.body).contains("Cross-sell rules of this product", "data-cs-rule-id=\"4\"",
                "href=\"/admin/crosssell-rules/4\"", "Commuter bike: light set first",
                "href=\"/admin/crosssell-preview?productId=101\"");
        // The recommended product lists the rule too.
        assertThat(full.get("/product/133").body).contains("data-cs-rule-id=\"4\"");

        TestHttpClient merchandiser = new TestHttpClient(admin.baseUrl());
        logIn(merchandiser, "merchandiser", "merchandiser");
        TestHttpClient.Response withoutPermission = merchandiser.get("/product/101");
        assertThat(withoutPermission.body).contains("Metro Commuter Bike").doesNotContain("Cross-sell rules of this product");
    }

    @Test
    void thresholdsAreSavedForEveryProcessAndWrongOnesAreRefusedWithNothingSaved() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
        CoPurchaseLearningService learning = admin.rootContext().getBean("csCoPurchaseLearningService",
                CoPurchaseLearningService.class);
        TestHttpClient full = new TestHttpClient(admin.baseUrl());
        logIn(full, "admin", "admin");
        TestHttpClient.Response page = full.get("/crosssell-mining");
        assertThat(page.body).contains("name=\"minPairCount\"", "Save thresholds");

        TestHttpClient.Response refused = full.post("/crosssell-mining/thresholds", "csrfToken", page.csrfToken(),
                "minPairCount", "0", "minConfidence", "2", "minLift", "1.2", "halfLifeDays", "ten");
        assertThat(refused.body).contains("Nothing was saved",
                "Orders bought together must be a number from 1 to 1,000,000.",
                "Confidence must be a number from 0 to 1", "Half-life must be a number of days",
                "value=\"ten\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_MINING_SETTINGS", Integer.class)).isZero();

        TestHttpClient viewer = new TestHttpClient(admin.baseUrl());
        logIn(viewer, "viewer", "viewer");
        assertThat(viewer.post("/crosssell-mining/thresholds", "csrfToken", viewer.get("/crosssell-mining").csrfToken(),
                "minPairCount", "9", "minConfidence", "0.5", "minLift", "2", "halfLifeDays", "0").status).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_MINING_SETTINGS", Integer.class)).isZero();

        try {
            TestHttpClient.Response saved = full.post("/crosssell-mining/thresholds", "csrfToken", page.csrfToken(),
                    "minPairCount", "5", "minConfidence", "0.1", "minLift", "1.5", "halfLifeDays", "30");
            assertThat(saved.status).isEqualTo(302);
            assertThat(jdbc.queryForMap("SELECT MIN_PAIR_COUNT, MIN_CONFIDENCE, MIN_LIFT, HALF_LIFE_DAYS FROM CS_MINING_SETTINGS"))
                    .containsEntry("MIN_PAIR_COUNT", 5.0).containsEntry("MIN_CONFIDENCE", 0.1)
                    .containsEntry("MIN_LIFT", 1.5).containsEntry("HALF_LIFE_DAYS", 30.0);
            assertThat(learning.thresholds().minPairCount()).isEqualTo(5);
            TestHttpClient.Response after = full.get("/crosssell-mining");
            assertThat(after.body).contains("Thresholds saved", "rebuild the statistics to weigh past orders",
                    "value=\"5\"", "value=\"0.1\"", "value=\"30\"");

            // A storefront is another process: it sees thresholds another process saved within 5 s.
            jdbc.update("UPDATE CS_MINING_SETTINGS SET MIN_PAIR_COUNT = 7");
            long deadline = System.currentTimeMillis() + 10_000;
            while (learning.thresholds().minPairCount() != 7 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(learning.thresholds().minPairCount()).isEqualTo(7);
        } finally {
            learning.saveThresholds(learning.configuredThresholds());
        }
    }

    @Test
    void crossSellRulesSectionIsInTheAdminMenu() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        logIn(http, "admin", "admin");

        TestHttpClient.Response rules = http.get("/crosssell-rules");

        assertThat(rules.status).isEqualTo(200);
        assertThat(rules.body).contains("Cross-sell Rules", "href=\"/admin/crosssell-rules\"");
    }
}
