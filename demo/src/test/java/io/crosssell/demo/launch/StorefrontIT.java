package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import io.crosssell.demo.seed.DemoSeedVerifier;
import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.domain.CrossSellRuleImpl;
import io.crosssell.rule.domain.CrossSellRuleType;
import net.sf.ehcache.CacheManager;

/** Boots the real demo storefront (Broadleaf + plugin) on an in-memory HSQLDB and drives it over HTTP. */
class StorefrontIT {

    private static EmbeddedWebApp site;
    private static TestHttpClient http;
    private static WebApplicationContext context;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, DatabaseSettings.hsqldbInMemory("storefront-it"), true);
        http = new TestHttpClient(site.baseUrl());
        context = site.rootContext();
    }

    @AfterAll
    static void stopStorefront() throws Exception {
        if (site != null) {
            site.close();
        }
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
    }

    @Test
    void homePageShowsNavigationAndFeaturedProducts() throws Exception {
        TestHttpClient.Response page = http.get("/");

        assertThat(page.status).isEqualTo(200);
        assertThat(page.body).contains("href=\"/helmets\"", "href=\"/apparel\"", "Gravel Explorer");
    }

    @Test
    void seedIncludesCatalogAdminAndGeneratedOrderHistory() {
        DemoSeedVerifier verifier = context.getBean("demoSeedVerifier", DemoSeedVerifier.class);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean("webDS", javax.sql.DataSource.class));

        assertThat(verifier.findProblems(true)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'", Integer.class))
                .isGreaterThanOrEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_PRODUCT", Integer.class)).isEqualTo(41);
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

        List<CrossSellRule> inEffect = dao.readRulesInEffect(new Date());
        assertThat(inEffect).extracting("id").contains(savedId);
        CrossSellRule saved = dao.readById(savedId);
        assertThat(saved.getTargetProduct().getName()).isEqualTo("Urban Shell Helmet");
        assertThat(saved.getRuleType()).isEqualTo(CrossSellRuleType.FREQUENTLY_BOUGHT_TOGETHER);
        assertThat(entityManagerFactory.getCache().contains(CrossSellRuleImpl.class, savedId)).isTrue();
    }
}
