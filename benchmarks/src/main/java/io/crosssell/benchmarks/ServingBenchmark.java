package io.crosssell.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.crosssell.learning.MinedRecommendationSource;
import io.crosssell.learning.StatisticsSupplier;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.PurchaseHistory;
import io.crosssell.recommend.RecommendationEngine;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.RecommendedItem;
import io.crosssell.recommend.Recommendations;

/**
 * A warm "frequently bought together" request through the engine (mined source over retail.dat, every
 * anchor precomputed) against the bare lookup of a precomputed top-3 list, on 1 and 2 threads.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: no heap resizing and no first-touch page faults inside the figures.
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ServingBenchmark {

    private static final int ANCHORS = 1 << 16;

    /** The engine and the map, both warm, and a fixed random sequence of anchors. */
    @State(Scope.Benchmark)
    public static class Served {

        RecommendationEngine engine;
        ConcurrentHashMap<Long, long[]> topThree;
        long[] anchors;

        @Setup(Level.Trial)
        public void warm() {
            Dataset retail = Dataset.retail();
            CoPurchaseStatistics statistics = CoPurchaseMiner.mine(retail.baskets);
            StatisticsSupplier supplier = StatisticsSupplier.fixed(statistics, MiningThresholds.defaults());
            List<RecommendationSource> sources = List.of(new MinedRecommendationSource(supplier));
            engine = new RecommendationEngine(sources, productId -> true, PurchaseHistory.NONE, 0);

            long[] products = new long[statistics.distinctItems()];
            int[] at = new int[1];
            statistics.forEachItem((productId, count) -> products[at[0]++] = productId);
            topThree = new ConcurrentHashMap<>(products.length * 2);
            int served = 0;
            for (long product : products) {
                long[] items = recommend(engine, product).items().stream().mapToLong(RecommendedItem::productId).toArray();
                topThree.put(product, items);
                served += items.length > 0 ? 1 : 0;
            }
            SplittableRandom random = new SplittableRandom(42);
            anchors = new long[ANCHORS];
            for (int i = 0; i < ANCHORS; i++) {
                anchors[i] = products[random.nextInt(products.length)];
            }
            for (long anchor : anchors) {
                long[] fromEngine = recommend(engine, anchor).items().stream().mapToLong(RecommendedItem::productId).toArray();
                if (!Arrays.equals(fromEngine, topThree.get(anchor))) {
                    throw new IllegalStateException("Engine and map disagree for anchor " + anchor);
                }
            }
            System.out.printf(Locale.ROOT, "%n[data] retail: %,d anchors precomputed, %,d with at least one "
                    + "recommendation (thresholds %s); %,d random anchors%n", products.length, served,
                    MiningThresholds.defaults(), ANCHORS);
        }

        @TearDown(Level.Trial)
        public void stop() {
            engine.shutdown();
        }
    }

    /** Each thread walks the anchors from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {

        private static final AtomicInteger THREADS = new AtomicInteger();

        int next;

        @Setup(Level.Trial)
        public void start() {
            next = THREADS.getAndIncrement() * (ANCHORS / 7);
        }

        long nextAnchor(long[] anchors) {
            return anchors[next++ & (ANCHORS - 1)];
        }
    }

    @Benchmark
    @Threads(1)
    public Recommendations engineOneThread(Served served, Cursor cursor) {
        return recommend(served.engine, cursor.nextAnchor(served.anchors));
    }

    @Benchmark
    @Threads(2)
    public Recommendations engineTwoThreads(Served served, Cursor cursor) {
        return recommend(served.engine, cursor.nextAnchor(served.anchors));
    }

    @Benchmark
    @Threads(1)
    public long[] mapOneThread(Served served, Cursor cursor) {
        return served.topThree.get(cursor.nextAnchor(served.anchors));
    }

    @Benchmark
    @Threads(2)
    public long[] mapTwoThreads(Served served, Cursor cursor) {
        return served.topThree.get(cursor.nextAnchor(served.anchors));
    }

    /** What the storefront asks for a product page: the FBT placement for one viewed product. */
    static Recommendations recommend(RecommendationEngine engine, long anchor) {
        return engine.recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(anchor).build());
    }
}
