package io.crosssell.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;
import smile.association.ARM;
import smile.association.AssociationRule;
import smile.association.FPGrowth;
import smile.association.FPTree;

/**
 * Full rebuild of the co-purchase statistics against Smile's FP-growth + association rules at the same
 * thresholds and against the bare pair-count floor. Setup (untimed) checks that all three agree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: no heap resizing and no first-touch page faults inside the figures.
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class MiningBenchmark {

    /** The parsed baskets and the rule thresholds of one data set. */
    @State(Scope.Benchmark)
    public static class Data {

        @Param({"retail", "groceries"})
        public String dataset;

        Dataset data;
        /** Least number of baskets holding a rule's items (Smile's minSupport, our minPairCount). */
        int minSupport;
        double minConfidence;
        MiningThresholds thresholds;

        @Setup(Level.Trial)
        public void load() {
            data = Dataset.load(dataset);
            // retail: the figures of shared/data/README.md (100 of 88,162 baskets = 0.113 %).
            // groceries: 0.1 % support (10 of 9,835 baskets) and confidence 0.5, the classic arules example
            // apriori(Groceries, parameter = list(supp = 0.001, conf = 0.5)); about the same relative support.
            minSupport = dataset.equals("retail") ? 100 : 10;
            minConfidence = 0.5;
            // Smile has no lift threshold, so neither has the comparison.
            thresholds = MiningThresholds.of(minSupport, minConfidence, 0, 0);
            System.out.printf(Locale.ROOT, "%n[data] %s: %,d baskets, %,d items, %,d pair increments; max heap %,d MB%n",
                    dataset, data.baskets.size(), data.distinctItems, data.pairIncrements,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** Sizes the floor's table and checks, untimed, that it counts exactly our pairs. */
    @State(Scope.Benchmark)
    public static class FloorInput {

        int distinctPairs;

        @Setup(Level.Trial)
        public void check(Data data) {
            CoPurchaseStatistics ours = CoPurchaseMiner.mine(data.data.baskets);
            distinctPairs = Math.toIntExact(ours.distinctPairs());
            PairCountFloor floor = PairCountFloor.count(data.data.transactions, distinctPairs);
            LongAdder mismatches = new LongAdder();
            ours.forEachPair((a, b, count) -> {
                if (floor.get(a, b) != count) {
                    mismatches.increment();
                }
            });
            if (floor.size() != distinctPairs || floor.total() != data.data.pairIncrements || mismatches.sum() != 0) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "Floor and engine disagree on %s: floor %,d pairs / %,d increments, ours %,d pairs, %,d counts differ",
                        data.dataset, floor.size(), floor.total(), distinctPairs, mismatches.sum()));
            }
            System.out.printf(Locale.ROOT, "[check] %s: floor and engine agree on all %,d pair counts (%,d increments)%n",
                    data.dataset, distinctPairs, floor.total());
        }
    }

    /** Smile's own copy of the baskets; checks, untimed, that its 1-to-1 rules are exactly ours. */
    @State(Scope.Benchmark)
    public static class SmileInput {

        int[][] transactions;
        int minSupport;
        double minConfidence;

        @Setup(Level.Trial)
        public void check(Data data) {
            transactions = data.data.copyOfTransactions();
            minSupport = data.minSupport;
            minConfidence = data.minConfidence;

            CoPurchaseStatistics ours = CoPurchaseMiner.mine(data.data.baskets);
            long itemSets = FPGrowth.apply(FPTree.of(minSupport, transactions)).count();
            long[] rules = new long[2];
            double[] worst = new double[1];
            ARM.apply(minConfidence, FPTree.of(minSupport, transactions)).forEach((AssociationRule rule) -> {
                rules[0]++;
                if (rule.antecedent.length == 1 && rule.consequent.length == 1) {
                    rules[1]++;
                    long from = rule.antecedent[0];
                    long to = rule.consequent[0];
                    double difference = Math.abs(rule.confidence - ours.confidence(from, to));
                    if (!(difference <= 1e-12) || ours.pairCount(from, to) < minSupport) {
                        throw new IllegalStateException(String.format(Locale.ROOT,
                                "Smile rule %d -> %d: confidence %.15f, ours %.15f (pair count %.0f)", from, to,
                                rule.confidence, ours.confidence(from, to), ours.pairCount(from, to)));
                    }
                    worst[0] = Math.max(worst[0], difference);
                }
            });
            long oursRules = rulesAt(ours, data.thresholds);
            if (oursRules != rules[1]) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "%s: Smile has %,d one-to-one rules, the engine %,d at the same thresholds", data.dataset,
                        rules[1], oursRules));
            }
            System.out.printf(Locale.ROOT, "[check] %s: Smile %,d frequent item sets, %,d rules; all %,d one-to-one "
                    + "rules are the engine's (confidence max |diff| %.1e)%n", data.dataset, itemSets, rules[0],
                    rules[1], worst[0]);
        }
    }

    /** Our full rebuild: every pair's count, ready to query. */
    @Benchmark
    public CoPurchaseStatistics ours(Data data) {
        return CoPurchaseMiner.mine(data.data.baskets);
    }

    /** Our full rebuild, then the one-to-one rules at Smile's thresholds read off every item. */
    @Benchmark
    public long oursWithRules(Data data) {
        return rulesAt(CoPurchaseMiner.mine(data.data.baskets), data.thresholds);
    }

    /** Smile: FP-tree, FP-growth and association rules (any size), end to end. */
    @Benchmark
    public long smile(SmileInput smile) {
        return ARM.apply(smile.minConfidence, FPTree.of(smile.minSupport, smile.transactions)).count();
    }

    /** Every pair of every basket counted into a presized open-addressing table. */
    @Benchmark
    public PairCountFloor floor(Data data, FloorInput floor) {
        return PairCountFloor.count(data.data.transactions, floor.distinctPairs);
    }

    /** The number of ordered pairs (anchor, partner) passing the thresholds. */
    static long rulesAt(CoPurchaseStatistics statistics, MiningThresholds thresholds) {
        long[] rules = new long[1];
        statistics.forEachItem((productId, count) -> rules[0] += statistics.associationsOf(productId, thresholds).size());
        return rules[0];
    }
}
