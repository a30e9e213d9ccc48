package io.crosssell.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseAccumulator;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;

/**
 * Folding one new 10-item order into an accumulator that continues from retail.dat's statistics, as the
 * checkout hook does. Every invocation uses a fresh order id, so every fold really counts.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 200, timeUnit = TimeUnit.MILLISECONDS)
// A fixed, pre-touched heap: no heap resizing and no first-touch page faults inside the figures.
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class IncrementalBenchmark {

    private static final int ORDER_SIZE = 10;
    private static final int ORDERS = 1 << 14;

    /** retail.dat mined once; a new accumulator over it for every iteration. */
    @State(Scope.Benchmark)
    public static class Retail {

        CoPurchaseStatistics statistics;
        List<Long> countedOrderIds;
        /** 10 distinct items each, drawn at random from real retail baskets of 10+ items. */
        long[][] orders;
        CoPurchaseAccumulator accumulator;
        long nextOrderId;
        int next;

        @Setup(Level.Trial)
        public void load() {
            Dataset retail = Dataset.retail();
            statistics = CoPurchaseMiner.mine(retail.baskets);
            countedOrderIds = new ArrayList<>(retail.baskets.size());
            retail.baskets.forEach(basket -> countedOrderIds.add(basket.orderId()));
            List<int[]> large = new ArrayList<>();
            for (int[] t : retail.transactions) {
                if (t.length >= ORDER_SIZE) {
                    large.add(t);
                }
            }
            SplittableRandom random = new SplittableRandom(20261123L);
            orders = new long[ORDERS][];
            for (int o = 0; o < ORDERS; o++) {
                int[] basket = large.get(random.nextInt(large.size())).clone();
                long[] order = new long[ORDER_SIZE];
                for (int i = 0; i < ORDER_SIZE; i++) {
                    // A partial Fisher-Yates shuffle: 10 distinct items of the basket.
                    int pick = i + random.nextInt(basket.length - i);
                    int item = basket[pick];
                    basket[pick] = basket[i];
                    basket[i] = item;
                    order[i] = item;
                }
                orders[o] = order;
            }
            // Order ids of new orders start far above retail.dat's 1..88,162.
            nextOrderId = 1_000_000_000L;
            System.out.printf(Locale.ROOT, "%n[data] retail: %,d orders counted, %,d items, %,d pairs; %,d "
                    + "10-item orders drawn from %,d baskets of 10+ items%n", countedOrderIds.size(),
                    statistics.distinctItems(), statistics.distinctPairs(), ORDERS, large.size());
        }

        /**
         * A fresh accumulator per iteration: between two snapshots a real one holds the pairs of the orders
         * since the last snapshot, not of millions.
         */
        @Setup(Level.Iteration)
        public void freshAccumulator() {
            accumulator = new CoPurchaseAccumulator(statistics, countedOrderIds);
        }

        Basket nextOrder() {
            return Basket.of(nextOrderId++, orders[next++ & (ORDERS - 1)]);
        }
    }

    /** Builds the Basket (copies and sorts 10 ids) and folds it in; fails if the fold did not count. */
    @Benchmark
    public boolean foldOrder(Retail retail) {
        if (!retail.accumulator.add(retail.nextOrder())) {
            throw new IllegalStateException("An order was not counted");
        }
        return true;
    }
}
