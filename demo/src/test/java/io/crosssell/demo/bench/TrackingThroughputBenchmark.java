package io.crosssell.demo.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.demo.launch.DatabaseSettings;
import io.crosssell.demo.launch.EmbeddedWebApp;
import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.TrackingRecorder;

/**
 * Tracking throughput into the database: the demo storefront's own {@code csTrackingRecorder} (its queue, its
 * writer thread, {@code JpaCounterSink} in its transactions) fed with a shop-like mix of events from one producer
 * thread, for a fixed time, and the rate at which the recorder writes them measured from {@code stats().written}
 * after a warm-up. The mix: page views of the first {@code trackingbench.products} catalog products by
 * {@code trackingbench.visitors} visitors (a third of them signed-in customers), each view an impression of the
 * product's 3 "frequently bought together" items; one view in 10 also a cart-widget impression of 3 items; 4 % of
 * views a click and 1.5 % an add of one shown item. Every event carries a visitor id, so every event is also
 * written as a raw event (CS_TRACKING_EVENT; one row per widget view for impressions) besides its counter row
 * (CS_TRACKING_COUNTER).
 * <p>
 * The recorder never blocks: a full queue drops the event. With {@code trackingbench.rate} = 0 (the default) the
 * producer keeps the queue between empty and {@code trackingbench.queueHigh} events (it waits while more are
 * queued), so the writer never idles and nothing is dropped: the written rate is the most the recorder and the
 * database sustain. With a rate &gt; 0 it offers that many events per second, whether or not they fit, and drops
 * say the writer could not keep up.
 * <p>
 * Database: in-memory HSQLDB by default, or the one given by {@code crosssell.demo.db.url} (or
 * {@code CROSSSELL_DEMO_DB_URL}, with {@code .secureUrl}, {@code .cmsUrl}, {@code .username}: see
 * {@link DatabaseSettings#fromSystemProperties()}), whose schema is dropped, created and seeded.
 * Settings (system properties): trackingbench.seconds (measured, 60), trackingbench.warmupSeconds (10),
 * trackingbench.rate (0), trackingbench.queueHigh (5000; the recorder's queue holds 10,000),
 * trackingbench.products (40), trackingbench.visitors (300).
 */
public final class TrackingThroughputBenchmark {

    private static final String PREFIX = "[tracking-throughput]";

    private TrackingThroughputBenchmark() {
    }

    /** The shop the events come from: products with their shown items, and visitors. */
    static final class Shop {
        final long[] anchors;
        final long[][] fbtItems;
        final long[][] cartItems;
        final String[] visitors;
        final Long[] customers;

        Shop(List<Long> productIds, int products, int visitorCount, SplittableRandom random) {
            int n = Math.min(products, productIds.size());
            if (n < 4) {
                throw new IllegalStateException("Need at least 4 products, the catalog has " + productIds.size());
            }
            anchors = new long[n];
            fbtItems = new long[n][];
            for (int i = 0; i < n; i++) {
                anchors[i] = productIds.get(i);
            }
            for (int i = 0; i < n; i++) {
                fbtItems[i] = threeOthers(anchors, i, random);
            }
            cartItems = new long[16][];
            for (int i = 0; i < cartItems.length; i++) {
                cartItems[i] = threeOthers(anchors, -1, random);
            }
            visitors = new String[visitorCount];
            customers = new Long[visitorCount];
            for (int v = 0; v < visitorCount; v++) {
                visitors[v] = new UUID(random.nextLong(), random.nextLong()).toString();
                customers[v] = v % 3 == 0 ? Long.valueOf(1000 + v) : null;
            }
        }

        private static long[] threeOthers(long[] products, int except, SplittableRandom random) {
            long[] items = new long[3];
            int found = 0;
            while (found < 3) {
                int pick = random.nextInt(products.length);
                boolean taken = pick == except;
                for (int j = 0; j < found; j++) {
                    taken |= items[j] == products[pick];
                }
                if (!taken) {
                    items[found++] = products[pick];
                }
            }
            return items;
        }
    }

    /**
     * Runs the harness and exits non-zero when it fails: a storefront that fails to boot leaves Jetty's
     * non-daemon threads behind, and the JVM would otherwise wait forever.
     */
    public static void main(String[] args) {
        try {
            measure();
        } catch (Throwable failed) {
            failed.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure() throws Exception {
        int seconds = Integer.getInteger("trackingbench.seconds", 60);
        int warmup = Integer.getInteger("trackingbench.warmupSeconds", 10);
        int rate = Integer.getInteger("trackingbench.rate", 0);
        int queueHigh = Integer.getInteger("trackingbench.queueHigh", 5000);
        int products = Integer.getInteger("trackingbench.products", 40);
        int visitors = Integer.getInteger("trackingbench.visitors", 300);

        DatabaseSettings given = DatabaseSettings.fromSystemProperties();
        DatabaseSettings database = given != null ? given : DatabaseSettings.hsqldbInMemory("tracking-throughput");
        long bootStart = System.nanoTime();
        EmbeddedWebApp site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, database, true);
        try {
            System.out.printf(Locale.ROOT, "%s storefront on %s up in %.1f s%n", PREFIX, database, (System.nanoTime() - bootStart) / 1e9);
            TrackingRecorder recorder = site.rootContext().getBean("csTrackingRecorder", TrackingRecorder.class);
            recorder.setEnabled(true);
            JdbcTemplate jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", DataSource.class));
            List<Long> productIds = jdbc.queryForList("SELECT PRODUCT_ID FROM BLC_PRODUCT ORDER BY PRODUCT_ID", Long.class);
            Shop shop = new Shop(productIds, products, visitors, new SplittableRandom(14));
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            long startMillis = System.currentTimeMillis();
            long[] databaseBefore = databaseCounts(jdbc, today, startMillis);
            System.out.printf(Locale.ROOT, "%s %d products x 3 items, %d visitors, %s, %d s warm-up + %d s measured%n", PREFIX,
                    shop.anchors.length, visitors, rate > 0 ? "offered at " + rate + " events/s"
                            : "as fast as the writer takes them (queue kept below " + queueHigh + ")", warmup, seconds);

            Producer producer = new Producer(recorder, shop, rate, queueHigh);
            Thread producing = new Thread(producer, "tracking-throughput-producer");
            BatchWatcher watcher = new BatchWatcher(recorder);
            Thread watching = new Thread(watcher, "tracking-throughput-watcher");
            watching.setDaemon(true);
            TrackingRecorder.Stats initial = recorder.stats();
            long begin = System.nanoTime();
            producing.start();
            watching.start();

            sleepUntil(begin, warmup);
            TrackingRecorder.Stats atWarm = recorder.stats();
            ProcessCpu cpuAtWarm = ProcessCpu.now();
            long warmNanos = System.nanoTime();
            long batchesAtWarm = watcher.batches.get();
            double slowest = Double.MAX_VALUE;
            double fastest = 0;
            long windowWritten = atWarm.written;
            long windowNanos = warmNanos;
            int report = 5;
            for (int second = report; second <= seconds; second += report) {
                sleepUntil(warmNanos, second);
                TrackingRecorder.Stats now = recorder.stats();
                long nanos = System.nanoTime();
                double windowRate = (now.written - windowWritten) / ((nanos - windowNanos) / 1e9);
                slowest = Math.min(slowest, windowRate);
                fastest = Math.max(fastest, windowRate);
                System.out.printf(Locale.ROOT, "%s %3d s: %,9.0f written/s over the last %d s; %,d written, %,d queued, %,d dropped%n",
                        PREFIX, second, windowRate, report, now.written - initial.written, now.queued, now.dropped() - initial.dropped());
                windowWritten = now.written;
                windowNanos = nanos;
            }
            sleepUntil(warmNanos, seconds);
            TrackingRecorder.Stats atEnd = recorder.stats();
            ProcessCpu cpu = ProcessCpu.now().minus(cpuAtWarm);
            long endNanos = System.nanoTime();
            long batchesAtEnd = watcher.batches.get();
            producer.stop.set(true);
            producing.join();
            awaitWritten(recorder, 60);
            watcher.stop.set(true);
            TrackingRecorder.Stats drained = recorder.stats();
            long[] databaseAfter = databaseCounts(jdbc, today, startMillis);

            double measured = (endNanos - warmNanos) / 1e9;
            long written = atEnd.written - atWarm.written;
            long offered = producer.offered.get();
            long batches = batchesAtEnd - batchesAtWarm;
            System.out.println();
            System.out.printf(Locale.ROOT, "%s sustained: %,.0f events/s written over %.1f s after %d s warm-up (%s)%n",
                    PREFIX, written / measured, measured, warmup, slowest == Double.MAX_VALUE ? "no full 5-s window"
                            : String.format(Locale.ROOT, "5-s windows %,.0f–%,.0f", slowest, fastest));
            System.out.printf(Locale.ROOT, "%s offered %,d events (%,.0f/s over the whole run), recorded %,d, written %,d,"
                    + " dropped %,d (queue full %,d, write failed %,d)%n", PREFIX, offered,
                    offered / ((endNanos - begin) / 1e9), drained.recorded - initial.recorded, drained.written - initial.written,
                    drained.dropped() - initial.dropped(), drained.droppedQueueFull - initial.droppedQueueFull,
                    drained.droppedWriteFailed - initial.droppedWriteFailed);
            System.out.printf(Locale.ROOT, "%s batches in the measured window: %,d, %,.0f events on average (%,.1f writes/s)%n",
                    PREFIX, batches, batches == 0 ? 0.0 : (double) written / batches, batches / measured);
            // CPU per event rather than events per second: it says what the writing costs, whatever else the machine runs.
            System.out.printf(Locale.ROOT, "%s CPU per written event in the measured window: %.2f µs in the writer thread, %s µs in the"
                    + " database server's processes%n", PREFIX, written == 0 ? 0.0 : cpu.writerNanos / 1e3 / written,
                    cpu.databaseNanos < 0 ? "(not read)" : String.format(Locale.ROOT, "%.2f", written == 0 ? 0.0 : cpu.databaseNanos / 1e3 / written));
            System.out.printf(Locale.ROOT, "%s database: +%,d counted in CS_TRACKING_COUNTER today, +%,d raw events in %s;"
                    + " the recorder wrote %,d%n", PREFIX, databaseAfter[0] - databaseBefore[0],
                    databaseAfter[1] - databaseBefore[1], "CS_TRACKING_EVENT", drained.written - initial.written);
            if (databaseAfter[0] - databaseBefore[0] != drained.written - initial.written
                    || databaseAfter[1] - databaseBefore[1] != drained.written - initial.written) {
                throw new IllegalStateException("The database does not hold what the recorder says it wrote");
            }
        } finally {
            site.close();
        }
    }

    /** Today's counted events (impressions + clicks + adds) and the raw events (not rows) since the run started. */
    private static long[] databaseCounts(JdbcTemplate jdbc, String today, long sinceMillis) {
        Long counted = jdbc.queryForObject("SELECT COALESCE(SUM(IMPRESSIONS + CLICKS + ADDS), 0) FROM CS_TRACKING_COUNTER"
                + " WHERE COUNT_DAY >= ?", Long.class, today);
        // An impression row stands for every item of its widget view (ITEMS lists them): count the events, not rows.
        Long raw = jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN ITEMS IS NULL THEN 1"
                + " ELSE LENGTH(ITEMS) - LENGTH(REPLACE(ITEMS, ',', '')) + 1 END), 0) FROM CS_TRACKING_EVENT WHERE EVENT_TIME >= ?",
                Long.class, new java.sql.Timestamp(sinceMillis));
        return new long[] {counted == null ? 0 : counted, raw == null ? 0 : raw};
    }

    private static void sleepUntil(long startNanos, int seconds) throws InterruptedException {
        long left;
        while ((left = startNanos + TimeUnit.SECONDS.toNanos(seconds) - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    /** Makes page views' events and records them, paced by the queue or at a fixed rate. */
    static final class Producer implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong offered = new AtomicLong();
        private final TrackingRecorder recorder;
        private final Shop shop;
        private final int rate;
        private final int queueHigh;
        private final SplittableRandom random = new SplittableRandom(2024);

        Producer(TrackingRecorder recorder, Shop shop, int rate, int queueHigh) {
            this.recorder = recorder;
            this.shop = shop;
            this.rate = rate;
            this.queueHigh = queueHigh;
        }

        @Override
        public void run() {
            long start = System.nanoTime();
            long count = 0;
            while (!stop.get()) {
                if (rate > 0) {
                    long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
                    if (count >= due) {
                        LockSupport.parkNanos(200_000);
                        continue;
                    }
                } else if (recorder.stats().queued >= queueHigh) {
                    LockSupport.parkNanos(200_000);
                    continue;
                }
                count += pageView();
                offered.set(count);
            }
        }

        /** One product page view's events; returns how many. */
        private int pageView() {
            long now = System.currentTimeMillis();
            int visitor = random.nextInt(shop.visitors.length);
            String visitorId = shop.visitors[visitor];
            Long customerId = shop.customers[visitor];
            // Some products are viewed more than others: the square of a uniform draw favours the first ones.
            double u = random.nextDouble();
            int product = (int) (u * u * shop.anchors.length);
            long anchor = shop.anchors[product];
            long[] items = shop.fbtItems[product];
            int events = 0;
            for (int position = 1; position <= items.length; position++) {
                recorder.record(new TrackingEvent(TrackingEvent.Kind.IMPRESSION, "fbt", anchor, items[position - 1], now,
                        visitorId, customerId, position));
                events++;
            }
            int roll = random.nextInt(1000);
            if (roll < 40) {
                recorder.record(new TrackingEvent(TrackingEvent.Kind.CLICK, "fbt", anchor, items[random.nextInt(3)], now,
                        visitorId, customerId));
                events++;
            } else if (roll < 55) {
                recorder.record(new TrackingEvent(TrackingEvent.Kind.ADD, "fbt", anchor, items[random.nextInt(3)], now,
                        visitorId, customerId));
                events++;
            }
            if (random.nextInt(10) == 0) {
                long[] cart = shop.cartItems[random.nextInt(shop.cartItems.length)];
                for (int position = 1; position <= cart.length; position++) {
                    recorder.record(new TrackingEvent(TrackingEvent.Kind.IMPRESSION, "cart", null, cart[position - 1], now,
                            visitorId, customerId, position));
                    events++;
                }
            }
            return events;
        }
    }

    /**
     * Counts the writer's batches as the steps of {@code stats().written} (each write adds its whole batch at
     * once), sampled every 0.2 ms: two batches finishing within one sample would count as one.
     */
    static final class BatchWatcher implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong batches = new AtomicLong();
        private final TrackingRecorder recorder;

        BatchWatcher(TrackingRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public void run() {
            long last = recorder.stats().written;
            while (!stop.get()) {
                LockSupport.parkNanos(200_000);
                long written = recorder.stats().written;
                if (written != last) {
                    batches.incrementAndGet();
                    last = written;
                }
            }
        }
    }

    /** Waits until the recorder has written (or failed to write) every event it took. */
    private static void awaitWritten(TrackingRecorder recorder, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            TrackingRecorder.Stats stats = recorder.stats();
            if (stats.queued == 0 && stats.written + stats.droppedWriteFailed >= stats.recorded) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("The recorder did not write its queue within " + seconds + " s");
    }
}
