package io.crosssell.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;

/**
 * Scale-up of retail.dat toward 10 M baskets: the real baskets copied k times, copy c with every item id
 * shifted by c × (largest id + 1) and order ids made unique, so each copy is a disjoint shop with retail's
 * structure (baskets, items and distinct pairs all grow k-fold; this is the hardest case for memory, since
 * no pair is shared between copies). For each factor: a full rebuild with {@code CoPurchaseMiner.mine},
 * timed with {@code System.nanoTime} (1 untimed warm-up rebuild of ×1 first; ×1 and ×10 take the best and
 * median of 3, larger factors 1 run), the heap the finished statistics retain (after a full GC), and the
 * peak heap during the rebuild (input baskets included). Not JMH: a single ×100 rebuild takes tens of
 * seconds, longer than JMH's iterations are meant to be; its figures are single shots and say so.
 * Usage: {@code java -Xmx18g -cp benchmarks.jar io.crosssell.benchmarks.ScaleRun [factor…]} (default 1 10 114:
 * 114 × 88,162 = 10.05 M baskets).
 */
public final class ScaleRun {

    private ScaleRun() {
    }

    public static void main(String[] args) {
        int[] factors = args.length == 0 ? new int[] {1, 10, 114} : parse(args);
        Dataset retail = Dataset.retail();
        long shift = 0;
        for (int[] transaction : retail.transactions) {
            for (int item : transaction) {
                shift = Math.max(shift, item + 1L);
            }
        }
        System.out.printf(Locale.ROOT, "[scale] JVM %s, max heap %d MiB, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        CoPurchaseMiner.mine(scaled(retail, 1, shift));
        fullGc();
        long baseline = usedHeap();
        System.out.printf(Locale.ROOT, "[scale] heap in use before the runs (parsed retail.dat): %d MiB;"
                + " retained and peak below are net of it%n", baseline >> 20);
        System.out.printf(Locale.ROOT, "[scale] %7s %12s %14s %16s %12s %12s %16s %16s%n", "factor", "baskets", "items",
                "distinct pairs", "best s", "median s", "retained MiB", "peak heap MiB");
        for (int factor : factors) {
            List<Basket> baskets = scaled(retail, factor, shift);
            int runs = factor <= 10 ? 3 : 1;
            double[] seconds = new double[runs];
            CoPurchaseStatistics statistics = null;
            long peak = 0;
            for (int run = 0; run < runs; run++) {
                statistics = null;
                fullGc();
                resetPeaks();
                long start = System.nanoTime();
                statistics = CoPurchaseMiner.mine(baskets);
                seconds[run] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, peakHeap() - baseline);
            }
            java.util.Arrays.sort(seconds);
            baskets = null;
            fullGc();
            long retained = usedHeap() - baseline;
            System.out.printf(Locale.ROOT, "[scale] %6dx %12d %14d %16d %12.2f %12.2f %16d %16d%n", factor,
                    (long) statistics.basketCount(), statistics.distinctItems(), statistics.distinctPairs(), seconds[0],
                    seconds[runs / 2], retained >> 20, peak >> 20);
            if (statistics.distinctPairs() != factor * 3_586_806L) {
                throw new IllegalStateException("Expected " + factor + " × 3,586,806 pairs, got " + statistics.distinctPairs());
            }
            statistics = null;
            fullGc();
        }
    }

    /** retail.dat k times; copy c has item ids shifted by c × shift and order ids c × baskets + line. */
    static List<Basket> scaled(Dataset retail, int factor, long shift) {
        List<Basket> baskets = new ArrayList<Basket>(retail.transactions.length * factor);
        for (int copy = 0; copy < factor; copy++) {
            long offset = copy * shift;
            for (int line = 0; line < retail.transactions.length; line++) {
                int[] items = retail.transactions[line];
                long[] ids = new long[items.length];
                for (int i = 0; i < items.length; i++) {
                    ids[i] = items[i] + offset;
                }
                baskets.add(Basket.of((long) copy * retail.transactions.length + line + 1, ids));
            }
        }
        return baskets;
    }

    private static int[] parse(String[] args) {
        int[] factors = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            factors[i] = Integer.parseInt(args[i]);
        }
        return factors;
    }

    private static void fullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different moments). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
