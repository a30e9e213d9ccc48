package io.crosssell.demo.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

import io.crosssell.demo.launch.ChildJvms;
import io.crosssell.demo.launch.DatabaseSettings;
import io.crosssell.demo.launch.DemoDatabaseServer;
import io.crosssell.demo.launch.DemoShop;
import io.crosssell.demo.launch.EmbeddedWebApp;
import io.crosssell.demo.launch.TestOrders;
import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.learning.CoPurchaseLearningServiceImpl;
import io.crosssell.learning.CoPurchaseOrderRecorder;
import io.crosssell.learning.CoPurchaseStatisticsUpkeep;
import io.crosssell.learning.CoPurchaseStatisticsUpkeepMBean;

/**
 * Two storefront JVMs on one database under a stream of orders and cancellations: what keeping each node's
 * statistics current costs per second, and the product page's latency on each, side by side for each order rate.
 * <p>
 * Node A is the storefront in this JVM (it creates and seeds the schema, and its checkout takes every order: each
 * order is written as Broadleaf's checkout leaves it and handed to A's {@code csCoPurchaseOrderRecorder}); node B is
 * a storefront in a child JVM of its own that only serves pages, so everything it knows of the orders comes through
 * the change log. One order in {@code orderstream.cancelEvery} is cancelled 3 s after it was placed and left to
 * the nodes' own catch-up runs (every 30 s) to take out. Each node's upkeep figures are read through its
 * {@code io.crosssell:type=CoPurchaseStatistics} MBean (B's over a loopback JMX connector). Both nodes serve the
 * Metro commuter bike's page (a quarter of the orders hold the bike; any order with one of its partners drops its list)
 * at {@code orderstream.pagesPerSecond}.
 * <p>
 * At the end the stream stops, the catch-up runs are awaited, and both nodes' copies are compared with the tables
 * and with a rebuild for every item and pair of the products the orders hold; the harness exits non-zero when they
 * differ. Database: an HSQLDB server by default, or the one given by {@code crosssell.demo.db.url} (or
 * {@code CROSSSELL_DEMO_DB_URL} and its companions, see {@link DatabaseSettings#fromSystemProperties()}), whose
 * schema is dropped, created and seeded. Settings (system properties): orderstream.phases (orders/s per phase; "20carts"
 * writes 20 carts/s instead: the same database writes with nothing to learn; default "0,20carts,20,20carts,20,40carts,40"),
 * orderstream.seconds (per phase, 60), orderstream.warmupSeconds (30), orderstream.pagesPerSecond (per node, 20),
 * orderstream.cancelEvery (10).
 */
public final class OrderStreamBenchmark {

    private static final String PREFIX = "[order-stream]";
    private static final String UPKEEP = "io.crosssell:type=CoPurchaseStatistics";
    /** A phase written "20carts" writes 20 carts a second instead of orders. */
    private static final String CARTS = "carts";
    private static final String PAGE = "/bikes/metro-commuter-bike";
    private static final long METRO_COMMUTER_BIKE = 101;
    private static final int PRODUCTS_IN_ORDERS = 40;
    private static final long CATCH_UP_WAIT_MILLIS = 120_000;

    private OrderStreamBenchmark() {
    }

    /** Exits non-zero on failure: a storefront left behind would keep the JVM alive. */
    public static void main(String[] args) {
        int status = 0;
        try {
            status = measure() ? 0 : 2;
        } catch (Throwable failed) {
            failed.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static boolean measure() throws Exception {
        String[] phases = System.getProperty("orderstream.phases", "0,20carts,20,20carts,20,40carts,40").split(",");
        int seconds = Integer.getInteger("orderstream.seconds", 60);
        int warmup = Integer.getInteger("orderstream.warmupSeconds", 30);
        int pagesPerSecond = Integer.getInteger("orderstream.pagesPerSecond", 20);
        int cancelEvery = Integer.getInteger("orderstream.cancelEvery", 10);

        DatabaseSettings given = DatabaseSettings.fromSystemProperties();
        DemoDatabaseServer hsqldb = given == null ? DemoDatabaseServer.start(ChildJvms.freePort()) : null;
        DatabaseSettings database = given != null ? given : hsqldb.settings();
        EmbeddedWebApp nodeA = null;
        Process nodeB = null;
        JMXConnector jmx = null;
        try {
            nodeA = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, database, true);
            WebApplicationContext context = nodeA.rootContext();
            CoPurchaseLearningService learning = context.getBean("csCoPurchaseLearningService", CoPurchaseLearningService.class);
            learning.rebuild();
            int portB = ChildJvms.freePort();
            int jmxPort = ChildJvms.freePort();
            nodeB = DemoShop.launch(EmbeddedWebApp.App.SITE, portB, database, false,
                    "-Dcom.sun.management.jmxremote.port=" + jmxPort, "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Djava.rmi.server.hostname=127.0.0.1",
                    "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false");
            String urlB = "http://127.0.0.1:" + portB;
            ChildJvms.awaitUp(nodeB, urlB + "/");
            jmx = JMXConnectorFactory.connect(new JMXServiceURL(
                    "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
            Node[] nodes = {
                new Node("A (this JVM, takes the orders)", nodeA.baseUrl(), ManagementFactory.getPlatformMBeanServer()),
                new Node("B (own JVM, serves only)", urlB, jmx.getMBeanServerConnection()),
            };
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean("webDS", DataSource.class));
            long[] products = orderableProducts(jdbc);
            long firstStreamOrder = jdbc.queryForObject("SELECT COALESCE(MAX(ORDER_ID), 0) + 1 FROM BLC_ORDER", Long.class);
            System.out.printf(Locale.ROOT, "%s two storefronts on %s; orders of 2-4 of %d products, 1 in %d cancelled;"
                    + " %d pages/s per node of %s; %d s warm-up, %d s per phase%n", PREFIX, database, products.length,
                    cancelEvery, pagesPerSecond, PAGE, warmup, seconds);

            OrderStream orders = new OrderStream(context, products, cancelEvery);
            for (Node node : nodes) {
                node.startProbing(pagesPerSecond);
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
            System.out.printf(Locale.ROOT, "%s %-30s %13s %9s %10s %11s %10s %6s %8s %8s %8s%n", PREFIX, "node", "written/s",
                    "applied/s", "full reads", "upkeep ms/s", "JVM ms/s", "pages", "p50 ms", "p99 ms", "max ms");
            for (String phase : phases) {
                boolean carts = phase.trim().endsWith(CARTS);
                int rate = Integer.parseInt(carts ? phase.trim().substring(0, phase.trim().length() - CARTS.length()) : phase.trim());
                for (Node node : nodes) {
                    node.beginPhase();
                }
                long writtenBefore = orders.written.get();
                long databaseBefore = ProcessCpu.databaseCpuNanos();
                orders.setRate(rate, carts);
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
                double writtenPerSecond = (orders.written.get() - writtenBefore) / (double) seconds;
                long databaseNanos = ProcessCpu.databaseCpuNanos() - databaseBefore;
                for (Node node : nodes) {
                    node.endPhase(carts ? "carts" : "orders", writtenPerSecond, seconds);
                }
                if (databaseBefore >= 0) {
                    System.out.printf(Locale.ROOT, "%s %-30s %6.1f %-6s %43.1f%n", PREFIX, "database server", writtenPerSecond,
                            carts ? "carts" : "orders", databaseNanos / 1e6 / seconds);
                }
            }
            orders.stop();
            for (Node node : nodes) {
                node.stopProbing();
            }
            return consistent(jdbc, context, learning, nodes, firstStreamOrder, orders);
        } finally {
            if (jmx != null) {
                jmx.close();
            }
            if (nodeB != null) {
                nodeB.destroy();
                nodeB.waitFor(30, TimeUnit.SECONDS);
            }
            if (nodeA != null) {
                nodeA.close();
            }
            if (hsqldb != null) {
                hsqldb.close();
            }
        }
    }

    /** Products an order line can be written for as {@link TestOrders} writes it (its SKU shares the id). */
    private static long[] orderableProducts(JdbcTemplate jdbc) {
        // Below 200: the catalog's products; the add-on services (gift wrap, warranty, delivery) start at 201.
        List<Long> ids = jdbc.queryForList("SELECT SKU_ID FROM BLC_SKU WHERE DEFAULT_PRODUCT_ID = SKU_ID"
                + " AND SKU_ID < 200 ORDER BY SKU_ID", Long.class);
        long[] products = new long[Math.min(PRODUCTS_IN_ORDERS, ids.size())];
        for (int i = 0; i < products.length; i++) {
            products[i] = ids.get(i);
        }
        if (products.length < 4 || Arrays.binarySearch(products, METRO_COMMUTER_BIKE) < 0) {
            throw new IllegalStateException("The demo catalog lacks the products the stream needs: " + ids);
        }
        return products;
    }

    /**
     * After the stream: every stream order counted or, cancelled, taken out; then each node's copy, a fresh read of
     * the tables and the tables after a rebuild agree on every item and pair of the ordered products.
     */
    private static boolean consistent(JdbcTemplate jdbc, WebApplicationContext context, CoPurchaseLearningService learning,
            Node[] nodes, long firstStreamOrder, OrderStream orders) throws InterruptedException {
        long deadline = System.currentTimeMillis() + CATCH_UP_WAIT_MILLIS;
        long behind;
        do {
            Thread.sleep(1000);
            behind = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_ID >= ? AND ("
                    + "(o.ORDER_STATUS = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM CS_MINED_ORDER m WHERE m.ORDER_ID = o.ORDER_ID))"
                    + " OR (o.ORDER_STATUS = 'CANCELLED' AND EXISTS (SELECT 1 FROM CS_MINED_ORDER m WHERE m.ORDER_ID = o.ORDER_ID)))",
                    Long.class, firstStreamOrder);
        } while (behind > 0 && System.currentTimeMillis() < deadline);
        System.out.printf(Locale.ROOT, "%s stream: %d orders placed, %d cancelled; %d not yet counted or taken out after the catch-up wait%n",
                PREFIX, orders.placed.get(), orders.cancelled.get(), behind);
        // Past the nodes' once-a-second check, so both copies have applied the last changes.
        Thread.sleep(3000);

        CoPurchaseStatisticsUpkeepMBean tables = new CoPurchaseStatisticsUpkeep(freshNode(context, learning));
        List<String> differences = new ArrayList<String>();
        for (Node node : nodes) {
            differences.addAll(compare(node.name, node.upkeep, tables, orders.products));
        }
        learning.rebuild();
        CoPurchaseStatisticsUpkeepMBean rebuilt = new CoPurchaseStatisticsUpkeep(freshNode(context, learning));
        differences.addAll(compare("the tables kept by the stream", tables, rebuilt, orders.products));
        System.out.printf(Locale.ROOT, "%s consistency: %s%n", PREFIX, behind == 0 && differences.isEmpty()
                ? "both nodes' copies equal the tables, and the tables equal a rebuild (basket count, every item and pair of "
                        + orders.products.length + " products)"
                : "DIFFERENT " + (behind > 0 ? behind + " orders not caught up; " : "") + differences);
        return behind == 0 && differences.isEmpty();
    }

    private static CoPurchaseLearningServiceImpl freshNode(WebApplicationContext context, CoPurchaseLearningService learning) {
        CoPurchaseLearningServiceImpl fresh = new CoPurchaseLearningServiceImpl(
                context.getBean("blTransactionManager", PlatformTransactionManager.class), learning.configuredThresholds());
        context.getAutowireCapableBeanFactory().autowireBean(fresh);
        return fresh;
    }

    private static List<String> compare(String name, CoPurchaseStatisticsUpkeepMBean actual,
            CoPurchaseStatisticsUpkeepMBean expected, long[] products) {
        List<String> differences = new ArrayList<String>();
        if (actual.getBasketCount() != expected.getBasketCount()) {
            differences.add(name + ": basket count " + actual.getBasketCount() + " instead of " + expected.getBasketCount());
        }
        for (int i = 0; i < products.length; i++) {
            if (actual.itemCount(products[i]) != expected.itemCount(products[i])) {
                differences.add(name + ": item " + products[i]);
            }
            for (int j = i + 1; j < products.length; j++) {
                if (actual.pairCount(products[i], products[j]) != expected.pairCount(products[i], products[j])) {
                    differences.add(name + ": pair " + products[i] + "-" + products[j]);
                }
            }
        }
        return differences;
    }

    /** One storefront: its upkeep figures, and a paced probe of the product page recording each response time. */
    private static final class Node {
        final String name;
        final String baseUrl;
        final CoPurchaseStatisticsUpkeepMBean upkeep;
        final MBeanServerConnection jvm;
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<Long>();
        final AtomicBoolean probing = new AtomicBoolean();
        final AtomicLong failures = new AtomicLong();
        Thread probe;
        long appliedBefore;
        long fullReadsBefore;
        long upkeepMillisBefore;
        long cpuNanosBefore;

        Node(String name, String baseUrl, MBeanServerConnection jvm) throws Exception {
            this.name = name;
            this.baseUrl = baseUrl;
            this.jvm = jvm;
            this.upkeep = JMX.newMBeanProxy(jvm, new ObjectName(UPKEEP), CoPurchaseStatisticsUpkeepMBean.class);
        }

        /** The whole JVM's CPU time (every thread, the collector's too). */
        long cpuNanos() throws Exception {
            return (Long) jvm.getAttribute(new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME), "ProcessCpuTime");
        }

        void startProbing(final int pagesPerSecond) {
            probing.set(true);
            probe = new Thread(new Runnable() {
                @Override
                public void run() {
                    String[] session = new String[1];
                    long interval = TimeUnit.SECONDS.toNanos(1) / pagesPerSecond;
                    long next = System.nanoTime();
                    while (probing.get()) {
                        long started = System.nanoTime();
                        try {
                            PageCostBenchmark.get(baseUrl + PAGE, session);
                            latencies.add(System.nanoTime() - started);
                        } catch (Exception failed) {
                            failures.incrementAndGet();
                        }
                        next += interval;
                        LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
                    }
                }
            }, "order-stream-probe-" + name.charAt(0));
            probe.setDaemon(true);
            probe.start();
        }

        void stopProbing() throws InterruptedException {
            probing.set(false);
            probe.join(30_000);
        }

        void beginPhase() throws Exception {
            cpuNanosBefore = cpuNanos();
            latencies.clear();
            failures.set(0);
            appliedBefore = upkeep.getChangesApplied();
            fullReadsBefore = upkeep.getFullReads();
            upkeepMillisBefore = upkeep.getRefreshMillis();
        }

        void endPhase(String written, double perSecond, int seconds) throws Exception {
            double cpuMillisPerSecond = (cpuNanos() - cpuNanosBefore) / 1e6 / seconds;
            // A snapshot: the probe may still be adding.
            Long[] snapshot = latencies.toArray(new Long[0]);
            long[] measured = new long[snapshot.length];
            for (int i = 0; i < snapshot.length; i++) {
                measured[i] = snapshot[i];
            }
            Arrays.sort(measured);
            System.out.printf(Locale.ROOT, "%s %-30s %6.1f %-6s %9.1f %10d %11.2f %10.1f %6d %8.2f %8.2f %8.2f%s%n", PREFIX, name,
                    perSecond, written, (upkeep.getChangesApplied() - appliedBefore) / (double) seconds,
                    upkeep.getFullReads() - fullReadsBefore, (upkeep.getRefreshMillis() - upkeepMillisBefore) / (double) seconds,
                    cpuMillisPerSecond,
                    measured.length, PageCostBenchmark.percentile(measured, 0.50) / 1e6,
                    PageCostBenchmark.percentile(measured, 0.99) / 1e6,
                    measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6,
                    failures.get() == 0 ? "" : "  (" + failures.get() + " failed requests)");
        }
    }

    /**
     * Orders placed at a set rate through node A's checkout path, one in {@code cancelEvery} cancelled soon after; or,
     * for comparison, carts written at the same rate, the same database writes with nothing for the plugin to learn.
     */
    private static final class OrderStream {
        final long[] products;
        final AtomicLong written = new AtomicLong();
        final AtomicLong placed = new AtomicLong();
        final AtomicLong cancelled = new AtomicLong();
        private final WebApplicationContext context;
        private final CoPurchaseOrderRecorder recorder;
        private final int cancelEvery;
        private final ScheduledExecutorService cancellations = Executors.newSingleThreadScheduledExecutor();
        private final SplittableRandom random = new SplittableRandom(19);
        private final Thread placing;
        private volatile int rate;
        private volatile boolean carts;
        private volatile boolean running = true;

        OrderStream(WebApplicationContext context, long[] products, int cancelEvery) {
            this.context = context;
            this.products = products;
            this.cancelEvery = cancelEvery;
            this.recorder = context.getBean("csCoPurchaseOrderRecorder", CoPurchaseOrderRecorder.class);
            placing = new Thread(new Runnable() {
                @Override
                public void run() {
                    place();
                }
            }, "order-stream-orders");
            placing.setDaemon(true);
            placing.start();
        }

        void setRate(int perSecond, boolean cartsOnly) {
            carts = cartsOnly;
            rate = perSecond;
        }

        void stop() throws InterruptedException {
            running = false;
            placing.join(30_000);
            cancellations.shutdown();
            cancellations.awaitTermination(30, TimeUnit.SECONDS);
        }

        private void place() {
            long next = System.nanoTime();
            while (running) {
                int current = rate;
                if (current <= 0) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                    next = System.nanoTime();
                    continue;
                }
                if (carts) {
                    TestOrders.cart(context, basket());
                } else {
                    placeOrder();
                }
                written.incrementAndGet();
                next += TimeUnit.SECONDS.toNanos(1) / current;
                LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
            }
        }

        private void placeOrder() {
            final long orderId = TestOrders.submit(context, basket());
            recorder.submitted(orderId);
            if (placed.incrementAndGet() % cancelEvery == 0) {
                cancellations.schedule(new Runnable() {
                    @Override
                    public void run() {
                        TestOrders.cancel(context, orderId);
                        cancelled.incrementAndGet();
                    }
                }, 3, TimeUnit.SECONDS);
            }
        }

        /** 2-4 distinct products; the probed page's bike in a quarter of the orders. */
        private long[] basket() {
            int size = 2 + random.nextInt(3);
            long[] basket = new long[size];
            int filled = 0;
            if (random.nextInt(4) == 0) {
                basket[filled++] = METRO_COMMUTER_BIKE;
            }
            while (filled < size) {
                long pick = products[random.nextInt(products.length)];
                boolean taken = false;
                for (int i = 0; i < filled; i++) {
                    taken |= basket[i] == pick;
                }
                if (!taken) {
                    basket[filled++] = pick;
                }
            }
            return basket;
        }
    }
}
