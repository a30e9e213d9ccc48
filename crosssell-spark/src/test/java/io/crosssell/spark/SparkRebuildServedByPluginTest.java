package io.crosssell.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.SparkSession;
import org.hsqldb.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.support.PersistenceAnnotationBeanPostProcessor;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.learning.CoPurchaseLearningServiceImpl;
import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.rebuild.ExternalRebuild;

/**
 * The JDBC round trip: groceries.csv as submitted Broadleaf orders in a database with the plugin's tables (created by
 * Hibernate from the plugin's entities), the job reads them over JDBC in three order id ranges and writes the statistics
 * tables, and the plugin's own service (Spring + Hibernate) serves exactly what the in-process miner computes from the
 * orders the in-process rebuild reads, with the ledger and state row a rebuild leaves.
 */
class SparkRebuildServedByPluginTest {

    private static Server database;
    /** A database server, so a job in a process of its own reaches the same tables. */
    private static String URL;
    private static final long FIRST_ORDER = 5000;
    private static final long ADD_ON_PRODUCT = 90_000;
    private static final long REFERENCE = 1_700_000_000_000L;

    private static SparkSession spark;
    private static GenericApplicationContext plugin;
    private static CoPurchaseLearningService service;
    private static final MiningThresholds SAVED = MiningThresholds.of(4, 0.05, 1.2, 0);
    /** The orders as the in-process rebuild reads them. */
    private static List<Basket> submitted;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        database = new Server();
        database.setAddress("127.0.0.1");
        database.setPort(port);
        database.setDatabaseName(0, "roundtrip");
        database.setDatabasePath(0, "mem:spark-round-trip");
        database.setSilent(true);
        database.setLogWriter(null);
        database.start();
        URL = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/roundtrip";
        spark = LocalSpark.start();
        plugin = bootPlugin();
        service = plugin.getBean(CoPurchaseLearningService.class);
        service.saveThresholds(SAVED);
        submitted = seedOrders(SharedBaskets.load("groceries.csv"));
    }

    @AfterAll
    static void stop() {
        plugin.close();
        spark.stop();
        database.stop();
    }

    @Test
    void statisticsWrittenBySparkAreServedAsTheInProcessRebuildWouldServeThem() throws SQLException {
        MiningThresholds saved = SAVED;
        leaveStaleStatistics();
        long versionBefore = service.statisticsVersion();

        CoPurchaseJob.Result result = new CoPurchaseJob(spark, JobSettings.parse("--orders=jdbc", "--jdbc-url=" + URL,
                "--jdbc-user=SA", "--jdbc-partitions=3", "--reference-millis=" + REFERENCE)).run();

        CoPurchaseStatistics expected = CoPurchaseMiner.mine(submitted);
        CoPurchaseStatistics served = service.statistics();
        assertThat(result.orders).isEqualTo(submitted.size());
        assertThat(service.statisticsVersion()).isEqualTo(versionBefore + 1);
        assertThat(served.basketCount()).isEqualTo(expected.basketCount());
        assertThat(served.distinctItems()).isEqualTo(expected.distinctItems());
        assertThat(served.distinctPairs()).isEqualTo(expected.distinctPairs()).isPositive();
        List<String> wrong = new ArrayList<>();
        expected.forEachItem((product, count) -> {
            if (served.itemCount(product) != count) {
                wrong.add("item " + product);
            }
        });
        expected.forEachPair((a, b, count) -> {
            if (served.pairCount(a, b) != count) {
                wrong.add("pair " + a + "-" + b);
            }
        });
        int anchorsWithPartners = 0;
        for (Basket basket : submitted) {
            for (long product : basket.productIds()) {
                if (!served.associationsOf(product, saved).equals(expected.associationsOf(product, saved))) {
                    wrong.add("partners of " + product);
                }
                anchorsWithPartners += served.associationsOf(product, saved).isEmpty() ? 0 : 1;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(anchorsWithPartners).isPositive();

        // The ledger and state a rebuild leaves: every counted order with its weight, the decay reference, the run.
        Map<Long, Double> ledger = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(URL, "SA", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT ORDER_ID, WEIGHT FROM CS_MINED_ORDER")) {
                while (rows.next()) {
                    ledger.put(rows.getLong(1), rows.getDouble(2));
                }
            }
            try (ResultSet state = statement.executeQuery("SELECT DECAY_REFERENCE FROM CS_MINING_STATE WHERE ID = 1")) {
                state.next();
                assertThat(state.getLong(1)).isEqualTo(REFERENCE);
            }
            for (String table : new String[] {"CS_SPARK_STAGE_ITEM", "CS_SPARK_STAGE_PAIR", "CS_SPARK_STAGE_ORDER"}) {
                try (ResultSet staging = connection.getMetaData().getTables(null, null, table, null)) {
                    assertThat(staging.next()).as("staging table %s dropped", table).isFalse();
                }
            }
        }
        Map<Long, Double> expectedLedger = new TreeMap<>();
        for (Basket basket : submitted) {
            expectedLedger.put(basket.orderId(), 1.0);
        }
        assertThat(ledger).isEqualTo(expectedLedger);
        assertThat(service.lastRebuild().orders).isEqualTo(submitted.size());
        // Incremental folding continues from the ledger: an order the job counted is not counted again.
        assertThat(service.recordOrder(submitted.get(0).orderId())).isFalse();
        assertThat(service.statistics().basketCount()).isEqualTo(expected.basketCount());
    }

    @Test
    void theAdminsRebuildHandsOverToTheJobInAProcessOfItsOwnShowingItsProgressAndResult() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "SA", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM CS_COPURCHASE_ITEM WHERE PRODUCT_ID = 77777");
            statement.executeUpdate("INSERT INTO CS_COPURCHASE_ITEM (PRODUCT_ID, BASKETS) VALUES (77777, 1)");
        }
        long versionBefore = service.statisticsVersion();
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("crosssell.spark.jvmFlags", "").trim().split("\\s+")));
        command.addAll(Arrays.asList("-Xmx1g", "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.driver.host=127.0.0.1", "-Dspark.sql.shuffle.partitions=8",
                "-cp", System.getProperty("java.class.path"), CoPurchaseJob.class.getName(),
                "--orders=jdbc", "--jdbc-url=" + URL, "--jdbc-user=SA", "--jdbc-partitions=2", "--reference-millis=" + REFERENCE));
        List<String> steps = new ArrayList<>();

        // What the admin runs when crosssell.mining.rebuild.command is set (spark-submit there; the JVM directly here).
        String outcome = new ExternalRebuild(command, 10 * 60_000L).run((phase, done, total) -> steps.add(phase));

        assertThat(outcome).startsWith("Rebuilt on Spark: " + submitted.size() + " orders, ");
        assertThat(steps).containsExactly("starting " + command.get(0), "reading and counting orders on Spark",
                "writing statistics");
        assertThat(service.statisticsVersion()).isEqualTo(versionBefore + 1);
        CoPurchaseStatistics expected = CoPurchaseMiner.mine(submitted);
        CoPurchaseStatistics served = service.statistics();
        assertThat(served.itemCount(77777)).as("the stale row went in the swap").isZero();
        assertThat(served.distinctPairs()).isEqualTo(expected.distinctPairs());
        for (Basket basket : submitted) {
            for (long product : basket.productIds()) {
                assertThat(served.associationsOf(product, SAVED)).as("partners of %d", product)
                        .isEqualTo(expected.associationsOf(product, SAVED));
            }
        }
    }

    /**
     * Writes the baskets as Broadleaf orders and returns the baskets the in-process rebuild reads from them: submitted
     * orders only, add-on lines left out, a product on two lines of an order once.
     */
    private static List<Basket> seedOrders(List<Basket> groceries) throws SQLException {
        List<Basket> submitted = new ArrayList<>();
        Map<Long, Boolean> products = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(URL, "SA", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement order = connection.prepareStatement(
                    "INSERT INTO BLC_ORDER (ORDER_ID, ORDER_STATUS, SUBMIT_DATE) VALUES (?, ?, ?)");
                    PreparedStatement item = connection.prepareStatement(
                            "INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID) VALUES (?, ?)");
                    PreparedStatement discrete = connection.prepareStatement(
                            "INSERT INTO BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID, PRODUCT_ID) VALUES (?, ?)");
                    PreparedStatement attribute = connection.prepareStatement(
                            "INSERT INTO BLC_ORDER_ITEM_ATTRIBUTE (ORDER_ITEM_ATTRIBUTE_ID, ORDER_ITEM_ID, NAME) VALUES (?, ?, ?)")) {
                long itemId = 1;
                for (Basket basket : groceries) {
                    long orderId = FIRST_ORDER + basket.orderId();
                    // Every 25th order is still a cart: never counted.
                    boolean isSubmitted = basket.orderId() % 25 != 0;
                    order.setLong(1, orderId);
                    order.setString(2, isSubmitted ? "SUBMITTED" : "IN_PROCESS");
                    order.setTimestamp(3, isSubmitted ? new Timestamp(REFERENCE - basket.orderId() * 60_000L) : null);
                    order.addBatch();
                    long[] ids = basket.productIds();
                    List<Long> lines = new ArrayList<>();
                    for (long id : ids) {
                        lines.add(id);
                    }
                    if (basket.orderId() % 7 == 0) {
                        lines.add(ids[0]);
                    }
                    for (long product : lines) {
                        item.setLong(1, itemId);
                        item.setLong(2, orderId);
                        item.addBatch();
                        discrete.setLong(1, itemId);
                        discrete.setLong(2, product);
                        discrete.addBatch();
                        products.put(product, true);
                        itemId++;
                    }
                    if (basket.orderId() % 3 == 0) {
                        item.setLong(1, itemId);
                        item.setLong(2, orderId);
                        item.addBatch();
                        discrete.setLong(1, itemId);
                        discrete.setLong(2, ADD_ON_PRODUCT);
                        discrete.addBatch();
                        attribute.setLong(1, itemId);
                        attribute.setLong(2, itemId);
                        attribute.setString(3, "crosssell.addon");
                        attribute.addBatch();
                        itemId++;
                    }
                    if (isSubmitted) {
                        submitted.add(Basket.of(orderId, ids));
                    }
                }
                order.executeBatch();
                item.executeBatch();
                discrete.executeBatch();
                attribute.executeBatch();
            }
            try (PreparedStatement product = connection.prepareStatement("INSERT INTO BLC_PRODUCT (PRODUCT_ID) VALUES (?)")) {
                products.put(ADD_ON_PRODUCT, true);
                for (long id : products.keySet()) {
                    product.setLong(1, id);
                    product.addBatch();
                }
                product.executeBatch();
            }
            connection.commit();
        }
        return submitted;
    }

    /** What an earlier rebuild left: rows that must not survive the swap. */
    private static void leaveStaleStatistics() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "SA", "");
                Statement statement = connection.createStatement()) {
            if (statement.executeUpdate("UPDATE CS_MINING_STATE SET BASKETS = 1, VERSION_STAMP = VERSION_STAMP + 7,"
                    + " DECAY_REFERENCE = 0 WHERE ID = 1") == 0) {
                statement.executeUpdate("INSERT INTO CS_MINING_STATE (ID, BASKETS, VERSION_STAMP, DECAY_REFERENCE) VALUES (1, 1, 7, 0)");
            }
            statement.executeUpdate("DELETE FROM CS_COPURCHASE_ITEM WHERE PRODUCT_ID = 77777");
            statement.executeUpdate("INSERT INTO CS_COPURCHASE_ITEM (PRODUCT_ID, BASKETS) VALUES (77777, 1)");
            statement.executeUpdate("DELETE FROM CS_MINED_ORDER WHERE ORDER_ID = 999999");
            statement.executeUpdate("INSERT INTO CS_MINED_ORDER (ORDER_ID, WEIGHT, MINED_AT) VALUES (999999, 1, CURRENT_TIMESTAMP)");
        }
    }

    /**
     * The plugin's statistics service on Spring + Hibernate with its own entities (tables created from them), and the
     * Broadleaf order tables with the columns the rebuild's query reads.
     */
    private static GenericApplicationContext bootPlugin() {
        try (Connection connection = DriverManager.getConnection(URL, "SA", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE BLC_ORDER (ORDER_ID BIGINT PRIMARY KEY, ORDER_STATUS VARCHAR(255), SUBMIT_DATE TIMESTAMP)");
            statement.executeUpdate("CREATE TABLE BLC_ORDER_ITEM (ORDER_ITEM_ID BIGINT PRIMARY KEY, ORDER_ID BIGINT)");
            statement.executeUpdate("CREATE TABLE BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID BIGINT PRIMARY KEY, PRODUCT_ID BIGINT)");
            statement.executeUpdate("CREATE TABLE BLC_PRODUCT (PRODUCT_ID BIGINT PRIMARY KEY)");
            statement.executeUpdate("CREATE TABLE BLC_ORDER_ITEM_ATTRIBUTE (ORDER_ITEM_ATTRIBUTE_ID BIGINT PRIMARY KEY,"
                    + " ORDER_ITEM_ID BIGINT, NAME VARCHAR(255) NOT NULL)");
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        GenericApplicationContext context = new GenericApplicationContext();
        Map<String, Object> jpa = new HashMap<>();
        jpa.put("hibernate.hbm2ddl.auto", "update");
        jpa.put("hibernate.dialect", "org.hibernate.dialect.HSQLDialect");
        context.registerBeanDefinition("entityManagerFactory",
                BeanDefinitionBuilder.genericBeanDefinition(LocalContainerEntityManagerFactoryBean.class)
                        .addPropertyValue("dataSource", new DriverManagerDataSource(URL, "SA", ""))
                        .addPropertyValue("persistenceUnitName", "blPU")
                        .addPropertyValue("packagesToScan", "io.crosssell.learning.domain")
                        .addPropertyValue("jpaVendorAdapter", new HibernateJpaVendorAdapter())
                        .addPropertyValue("jpaPropertyMap", jpa)
                        .getBeanDefinition());
        context.registerBeanDefinition("transactionManager",
                BeanDefinitionBuilder.genericBeanDefinition(JpaTransactionManager.class)
                        .addPropertyReference("entityManagerFactory", "entityManagerFactory")
                        .getBeanDefinition());
        context.registerBeanDefinition("persistenceAnnotations", new RootBeanDefinition(PersistenceAnnotationBeanPostProcessor.class));
        context.registerBeanDefinition("learning",
                BeanDefinitionBuilder.genericBeanDefinition(CoPurchaseLearningServiceImpl.class)
                        .addConstructorArgReference("transactionManager")
                        .addConstructorArgValue(MiningThresholds.defaults())
                        .getBeanDefinition());
        context.refresh();
        return context;
    }
}
