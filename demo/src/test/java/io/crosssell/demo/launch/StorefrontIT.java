package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import io.crosssell.catalog.BroadleafCatalogAdapter;
import io.crosssell.csv.ImportReport;
import io.crosssell.demo.seed.DemoSeedVerifier;
import io.crosssell.recommend.Placement;
import io.crosssell.site.widget.CrossSellItemView;
import io.crosssell.site.widget.CrossSellWidget;
import io.crosssell.site.widget.CrossSellWidgetService;
import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.domain.CrossSellRuleImpl;
import io.crosssell.rule.domain.CrossSellRuleType;
import io.crosssell.rule.service.RuleImportService;
import io.crosssell.rule.service.RuleValidationService;
import net.sf.ehcache.CacheManager;

/** Boots the real demo storefront (Broadleaf + plugin) on an in-memory HSQLDB and drives it over HTTP. */
@Tag(SharedApp.STOREFRONT)
class StorefrontIT {

    private static EmbeddedWebApp site;
    private static TestHttpClient http;
    private static WebApplicationContext context;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
        http = new TestHttpClient(site.baseUrl());
        context = site.rootContext();
    }

    @Test
    void productPageShowsNameAndSalePrice() throws Exception {
        TestHttpClient.Response page = http.get("/bikes/metro-commuter-bike");

        assertThat(page.status).isEqualTo(200);
        assertThat(page.body).contains("<h1 class=\"product-name\">Metro Commuter Bike</h1>")
                .contains("<span class=\"product-price\">$599.00</span>")
                .contains("<del>$649.00</del>");
    }

    @Test
    void outOfStockProductSaysSo() throws Exception {
        TestHttpClient.Response page = http.get("/bikes/road-sprint-carbon");

        assertThat(page.status).isEqualTo(200);
        assertThat(page.body).contains("Out of stock");
    }

    @Test
    void categoryPageListsOnlyActiveProducts() throws Exception {
        TestHttpClient.Response page = http.get("/bikes");

        assertThat(page.status).isEqualTo(200);
        assertThat(page.body).contains("Gravel Explorer", "Kids Balance Bike").doesNotContain("Vintage Roadster");
    }

    @Test
    void unknownOrInactiveCatalogUrlsAnswer404() throws Exception {
        assertThat(http.get("/bikes/no-such-bike").status).isEqualTo(404);
        assertThat(http.get("/no-such-category").status).isEqualTo(404);
        assertThat(http.get("/bikes/vintage-roadster").status).isEqualTo(404);
        assertThat(http.get("/favicon.ico").status).isEqualTo(404);
        assertThat(http.get("/js/missing.js").status).isEqualTo(404);
        assertThat(http.get("/css/missing.css").status).isEqualTo(404);
    }

    @Test
    void homePageShowsNavigationAndFeaturedProducts() throws Exception {
        TestHttpClient.Response page = http.get("/");

        assertThat(page.status).isEqualTo(200);
        assertThat(page.body).contains("href=\"/helmets\"", "href=\"/apparel\"", "Gravel Explorer");
    }

    @Test
    void productPageShowsFrequentlyBoughtTogetherWithEveryItemChecked() throws Exception {
        TestHttpClient.Response page = http.get("/bikes/metro-commuter-bike");

        assertThat(page.body).contains("data-cs-placement=\"fbt\"", "Frequently bought together",
                "data-cs-product-id=\"133\"", "data-cs-product-id=\"111\"", "data-cs-product-id=\"121\"",
                "Add 4 items to cart", "name=\"csrfToken\"");
        assertThat(page.body).contains("<strong class=\"cs-total-price\">$701.57</strong>");
    }

    @Test
    void addAllPutsExactlyTheCheckedItemsIntoTheCart() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();

        TestHttpClient.Response added = shopper.post("/crosssell/cart/add", "csrfToken", token, "placement", "fbt",
                "anchorProductId", "101", "productId", "101", "productId", "111", "returnUrl", "/bikes/metro-commuter-bike");

        assertThat(added.status).isEqualTo(303);
        assertThat(added.location).endsWith("/cart");
        assertThat(cartLines(shopper)).containsExactlyInAnyOrder("101x1", "111x1");
    }

    @Test
    void addAllAnswersAFrenchShopperInFrench() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/metro-commuter-bike?blLocaleCode=fr_FR");
        assertThat(page.body).as("the widget itself in French").contains("Souvent achet\u00e9s ensemble");
        String token = page.csrfToken();

        TestHttpClient.Response added = shopper.postFromScript("/crosssell/cart/add", "csrfToken", token,
                "anchorProductId", "101", "productId", "133", "productId", "121");
        TestHttpClient.Response refused = shopper.postFromScript("/crosssell/cart/add", "csrfToken", token, "anchorProductId", "101");

        assertThat(added.status).isEqualTo(200);
        assertThat(added.body).contains("\"message\":\"2 articles ajout\u00e9s \u00e0 votre panier.\"");
        assertThat(refused.body).contains("\"error\":\"Choisissez au moins un article.\"");
    }

    @Test
    void anAddWithAnUnavailableItemNamesItAndListsTheItemsThatCanStillBeAdded() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();

        TestHttpClient.Response refused = shopper.postFromScript("/crosssell/cart/add", "csrfToken", token,
                "anchorProductId", "101", "productId", "133", "productId", "104");

        assertThat(refused.status).isEqualTo(409);
        assertThat(refused.body).contains("\"error\":\"\u201cRoad Sprint Carbon\u201d is no longer available. Nothing was added; the other items can still be added.\"",
                "\"code\":\"not-offered\"", "\"unavailable\":[{\"productId\":104,\"name\":\"Road Sprint Carbon\"}]", "\"available\":[133]");
        assertThat(cartLines(shopper)).isEmpty();

        TestHttpClient.Response rest = shopper.postFromScript("/crosssell/cart/add", "csrfToken", token,
                "anchorProductId", "101", "productId", "133");
        assertThat(rest.status).isEqualTo(200);
        assertThat(cartLines(shopper)).containsExactly("133x1");
    }

    @Test
    void addAllAnswersScriptsWithJsonAndTheNewCartCount() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();

        TestHttpClient.Response added = shopper.postFromScript("/crosssell/cart/add", "csrfToken", token,
                "anchorProductId", "101", "productId", "133", "productId", "121");

        assertThat(added.status).isEqualTo(200);
        assertThat(added.body).contains("\"added\":2", "\"cartItemCount\":2");
        assertThat(cartLines(shopper)).containsExactlyInAnyOrder("133x1", "121x1");
    }

    @Test
    void badAddRequestsAreRefusedAndLeaveTheCartUnchanged() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();
        shopper.post("/crosssell/cart/add", "csrfToken", token, "anchorProductId", "101", "productId", "111");
        List<String> before = cartLines(shopper);

        String[][] attempts = {
                {"anchorProductId", "101", "productId", "104"},
                {"anchorProductId", "101", "productId", "111", "productId", "176"},
                {"anchorProductId", "101", "productId", "abc"},
                {"anchorProductId", "101", "productId", "133", "productId", "133"},
                {"anchorProductId", "101", "productId", "133", "quantity", "-1"},
                {"anchorProductId", "101", "productId", "133", "quantity", "1000"},
                {"anchorProductId", "101"},
                {"placement", "sidebar", "anchorProductId", "101", "productId", "133"},
                {"anchorProductId", "101", "productId", "133", "price", "0.01", "itemAttributes[discount]", "100"},
        };
        for (String[] attempt : attempts) {
            String[] form = new String[attempt.length + 2];
            form[0] = "csrfToken";
            form[1] = token;
            System.arraycopy(attempt, 0, form, 2, attempt.length);
            TestHttpClient.Response refused = shopper.postFromScript("/crosssell/cart/add", form);
            if (java.util.Arrays.asList(attempt).contains("price")) {
                // Posted prices and item attributes are ignored: the item is added at the catalog price.
                assertThat(refused.status).isEqualTo(200);
                continue;
            }
            assertThat(refused.status).as(java.util.Arrays.toString(attempt)).isBetween(400, 409);
            assertThat(refused.body).contains("\"error\"");
            assertThat(cartLines(shopper)).as(java.util.Arrays.toString(attempt)).isEqualTo(before);
        }
        TestHttpClient.Response withoutToken = shopper.post("/crosssell/cart/add", "anchorProductId", "101", "productId", "133");
        assertThat(withoutToken.status).isNotIn(200, 303);
        TestHttpClient.Response plainForm = shopper.post("/crosssell/cart/add", "csrfToken", token,
                "anchorProductId", "101", "productId", "104", "returnUrl", "/bikes/metro-commuter-bike");
        assertThat(plainForm.status).isEqualTo(303);
        assertThat(plainForm.location).endsWith("/bikes/metro-commuter-bike?csError=not-offered&csUnavailable=104");
        assertThat(shopper.get("/bikes/metro-commuter-bike?csError=not-offered&csUnavailable=104").body)
                .contains("\u201cRoad Sprint Carbon\u201d is no longer available. Nothing was added; the other items can still be added.");
        assertThat(shopper.get("/bikes/metro-commuter-bike?csError=not-offered").body)
                .contains("One of the items is no longer available. Nothing was added");
        assertThat(cartLines(shopper)).containsExactlyInAnyOrder("111x1", "133x1");
        assertThat(shopper.get("/cart").body).contains("<th class=\"cart-subtotal\">$104.98</th>");
    }

    @Test
    void cartShowsComplementsOfItsContentsButNothingAlreadyInIt() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/tools/inner-tube-700c").csrfToken();
        shopper.post("/crosssell/cart/add", "csrfToken", token, "anchorProductId", "164", "productId", "164");

        TestHttpClient.Response cart = shopper.get("/cart");

        assertThat(cart.body).contains("data-cs-placement=\"cart\"", "data-cs-product-id=\"165\"", "Complete your order");
        assertThat(cart.body).doesNotContain("data-cs-product-id=\"164\"");
    }

    @Test
    void catalogTextIsEscapedInWidgets() throws Exception {
        String name = renameLock("Heavy <script>alert(1)</script> U-Lock");
        try {
            String page = http.get("/bikes/metro-commuter-bike").body;

            assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        } finally {
            renameLock(name);
            context.getBean("csCatalogAdapter", BroadleafCatalogAdapter.class).refresh();
        }
    }

    /** Renames the Heavy U-Lock's SKU through Broadleaf's catalog service; returns the name it had. */
    private static String renameLock(final String name) {
        final CatalogService catalog = context.getBean("blCatalogService", CatalogService.class);
        return new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(new TransactionCallback<String>() {
                    @Override
                    public String doInTransaction(TransactionStatus status) {
                        Sku lock = catalog.findSkuById(121L);
                        String before = lock.getName();
                        lock.setName(name);
                        catalog.saveSku(lock);
                        return before;
                    }
                });
    }

    private static List<String> cartLines(TestHttpClient shopper) throws Exception {
        return shopper.cartLines();
    }

    @Test
    void aWarmWidgetLoadsNothingFromTheDatabase() {
        final CrossSellWidgetService widgets = context.getBean("csWidgetService", CrossSellWidgetService.class);
        TransactionTemplate request = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
        TransactionCallback<CrossSellWidget> render = new TransactionCallback<CrossSellWidget>() {
            @Override
            public CrossSellWidget doInTransaction(TransactionStatus status) {
                CrossSellWidget widget = widgets.widget(Placement.FBT, Collections.singleton(101L),
                        Collections.<Long>emptySet(), null);
                for (CrossSellItemView item : widget.getItems()) {
                    item.getImageUrl();
                }
                return widget;
            }
        };
        Statistics statistics = ((HibernateEntityManagerFactory) context.getBean("entityManagerFactory",
                EntityManagerFactory.class)).getSessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            request.execute(render);
            statistics.clear();

            CrossSellWidget widget = request.execute(render);

            assertThat(widget.getItems()).hasSize(3);
            assertThat(statistics.getEntityLoadCount()).as("entities read from the database").isZero();
            assertThat(statistics.getCollectionLoadCount()).as("collections read from the database").isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void ruleValidationChecksAgainstTheRealCatalogAndTheSavedRules() {
        final CrossSellRuleDao dao = context.getBean(CrossSellRuleDao.class);
        final CatalogService catalog = context.getBean("blCatalogService", CatalogService.class);
        RuleValidationService validation = context.getBean("csRuleValidationService", RuleValidationService.class);
        CrossSellRule rule = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(new TransactionCallback<CrossSellRule>() {
                    @Override
                    public CrossSellRule doInTransaction(TransactionStatus status) {
                        CrossSellRule draft = dao.create();
                        draft.setName("Commuter bike: lights again");
                        draft.setRuleType(CrossSellRuleType.FREQUENTLY_BOUGHT_TOGETHER);
                        draft.setSourceProduct(catalog.findProductById(101L));
                        draft.setTargetProduct(catalog.findProductById(133L));
                        return draft;
                    }
                });

        assertThat(validation.check(rule).errors())
                .containsExactly("Rule 4 (Commuter bike: light set first) already links this source to this target.");
        rule.setTargetProduct(rule.getSourceProduct());
        assertThat(validation.check(rule).errors()).containsExactly("A rule may not link a product to itself.");
        rule.setTargetProduct(catalog.findProductById(106L));
        assertThat(validation.check(rule).isValid()).isTrue();
        assertThat(validation.check(rule).warnings()).containsExactly(
                "Vintage Roadster is not active: shoppers will not see this rule's target until it is.");
    }

    @Test
    void rulesExportToCsvAndABadImportChangesNothingWhileAGoodOneAppliesWhole() {
        RuleImportService imports = context.getBean("csRuleImportService", RuleImportService.class);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean("webDS", javax.sql.DataSource.class));
        String exported = imports.exportCsv();
        assertThat(exported).startsWith("id,name,type,").contains(",allow_repurchase,source_name,target_name\r\n",
                "4,Commuter bike: light set first,FREQUENTLY_BOUGHT_TOGETHER,101,,133,,0,1,")
                .containsPattern("\n4,Commuter bike: light set first,[^\r]*,Metro Commuter Bike,Commuter Light Set\r\n");
        int rulesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);
        String header = exported.substring(0, exported.indexOf('\n') + 1);
        // The names are for people: an import ignores them, even wrong ones; the type may be its admin label.
        String good = header
                + "4,Commuter bike: light set first,FREQUENTLY_BOUGHT_TOGETHER,101,,133,,7,2,,true,,,false,Not read,Not read either\n"
                + ",Gravel bike -> trail helmet,Frequently bought together,102,,113,,15,,,true,,,false,,\n";
        String bad = good
                + ",Bike to itself,CART_CROSS_SELL,103,,103,,5,,,true,,,false,,\n"
                + ",Gravel again,FREQUENTLY_BOUGHT_TOGETHER,102,,113,,15,,,true,2026-12-01,2026-11-01,false,,\n"
                + ",Bad priority,CART_CROSS_SELL,101,,111,,high,,,true,,,false,,\n";

        ImportReport refused = imports.importCsv(bad, false);
        assertThat(refused.applied).isFalse();
        assertThat(refused.problems).as("format and rule problems in one report").containsExactly(
                "Row 6, priority: \"high\" is not a whole number.",
                "Row 3: Row 5 (Gravel again) already links this source to this target.",
                "Row 4: A rule may not link a product to itself.",
                "Row 5: The end date must be after the start date.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(rulesBefore);
        assertThat(jdbc.queryForObject("SELECT PRIORITY FROM CS_RULE WHERE CS_RULE_ID = 4", Integer.class)).isZero();
        String duplicate = good + ",Same again,FREQUENTLY_BOUGHT_TOGETHER,102,,113,,3,,,true,,,false,,\n";
        assertThat(imports.importCsv(duplicate, false).problems)
                .contains("Row 4: Row 3 (Gravel bike -> trail helmet) already links this source to this target.");

        ImportReport dryRun = imports.importCsv(good, true);
        assertThat(dryRun.applied).isFalse();
        assertThat(dryRun.problems).isEmpty();
        assertThat(dryRun.changes).containsExactly("Row 2: rule 4 changes priority 0 \u2192 7, position 1 \u2192 2",
                "Row 3: new rule \"Gravel bike -> trail helmet\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(rulesBefore);
        assertThat(jdbc.queryForObject("SELECT PRIORITY FROM CS_RULE WHERE CS_RULE_ID = 4", Integer.class)).isZero();

        ImportReport applied = imports.importCsv(good, false);
        try {
            assertThat(applied.applied).isTrue();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(rulesBefore + 1);
            assertThat(jdbc.queryForObject("SELECT PRIORITY FROM CS_RULE WHERE CS_RULE_ID = 4", Integer.class)).isEqualTo(7);
            assertThat(jdbc.queryForObject("SELECT POSITION FROM CS_RULE WHERE CS_RULE_ID = 4", Integer.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT RULE_TYPE FROM CS_RULE WHERE NAME = 'Gravel bike -> trail helmet'",
                    String.class)).isEqualTo("FREQUENTLY_BOUGHT_TOGETHER");
        } finally {
            imports.importCsv(exported, false);
            TestRules.deleteNamed(site, "Gravel bike -> trail helmet");
        }
    }

    @Test
    void seedIncludesCatalogAdminAndGeneratedOrderHistory() {
        DemoSeedVerifier verifier = context.getBean("demoSeedVerifier", DemoSeedVerifier.class);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean("webDS", javax.sql.DataSource.class));

        assertThat(verifier.findProblems(true)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'", Integer.class))
                .isGreaterThanOrEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_PRODUCT WHERE PRODUCT_ID < 200", Integer.class)).isEqualTo(41);
    }

    @Test
    void crossSellRuleIsAPersistentCachedEntityOfTheMainPersistenceUnit() {
        EntityManagerFactory entityManagerFactory = context.getBean("entityManagerFactory", EntityManagerFactory.class);
        assertThat(entityManagerFactory.getMetamodel().entity(CrossSellRuleImpl.class).getName())
                .isEqualTo("CrossSellRuleImpl");
        assertThat(context.getBean("blCacheManager", CacheManager.class).cacheExists("blCrossSellRules")).isTrue();

        final CrossSellRuleDao dao = context.getBean(CrossSellRuleDao.class);
        final CatalogService catalog = context.getBean("blCatalogService", CatalogService.class);
        TransactionTemplate transaction = new TransactionTemplate(
                context.getBean("blTransactionManager", PlatformTransactionManager.class));
        Long savedId = transaction.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Product bike = catalog.findProductById(101L);
                Product helmet = catalog.findProductById(111L);
                CrossSellRule rule = dao.create();
                rule.setName("Commuter bike -> urban helmet");
                rule.setRuleType(CrossSellRuleType.FREQUENTLY_BOUGHT_TOGETHER);
                rule.setSourceProduct(bike);
                rule.setTargetProduct(helmet);
                rule.setPriority(10);
                return dao.save(rule).getId();
            }
        });

        try {
            List<CrossSellRule> inEffect = dao.readRulesInEffect(new Date());
            assertThat(inEffect).extracting("id").contains(savedId);
            CrossSellRule saved = dao.readById(savedId);
            assertThat(saved.getTargetProduct().getName()).isEqualTo("Urban Shell Helmet");
            assertThat(saved.getRuleType()).isEqualTo(CrossSellRuleType.FREQUENTLY_BOUGHT_TOGETHER);
            assertThat(entityManagerFactory.getCache().contains(CrossSellRuleImpl.class, savedId)).isTrue();
        } finally {
            TestRules.deleteNamed(site, "Commuter bike -> urban helmet");
        }
    }
}
