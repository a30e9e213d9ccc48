package io.crosssell.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.crosssell.mining.Association;
import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;

/**
 * The job in local[2] on real basket data counts what the in-process miner counts: every item count, every pair
 * count, both confidences and the lift of every pair are the same doubles, and each product's served top 10 is the
 * same list.
 */
class SparkCountsEqualInProcessMinerTest {

    private static final int TOP_K = 10;
    private static SparkSession spark;

    @TempDir
    Path work;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void retailCountsConfidencesLiftsAndTopPartnersEqualTheMiners() {
        assertSameAsMiner(SharedBaskets.load("retail.dat"), MiningThresholds.defaults());
    }

    @Test
    void groceriesCountsConfidencesLiftsAndTopPartnersEqualTheMiners() {
        assertSameAsMiner(SharedBaskets.load("groceries.csv"), MiningThresholds.defaults().withMinPairCount(5));
    }

    @Test
    void decayedOrdersWeighAsTheMinerWeighsThem() {
        List<Basket> plain = SharedBaskets.load("groceries.csv");
        long reference = 1_700_000_000_000L;
        MiningThresholds thresholds = MiningThresholds.defaults().withHalfLifeDays(30);
        Map<Long, Long> submitted = new HashMap<>();
        List<Basket> weighted = new ArrayList<>();
        for (Basket basket : plain) {
            long at = reference - basket.orderId() * 3_600_000L;
            submitted.put(basket.orderId(), at);
            weighted.add(Basket.weighted(basket.orderId(), thresholds.decayWeight(at, reference), basket.productIds()));
        }
        CoPurchaseStatistics expected = CoPurchaseMiner.mine(weighted);
        Path out = run(SharedBaskets.writeOrderLines(plain, submitted, work.resolve("lines.csv")), thresholds,
                "--reference-millis=" + reference);

        Map<Long, Double> weights = new HashMap<>();
        for (Basket basket : weighted) {
            weights.put(basket.orderId(), basket.weight());
        }
        List<Row> ledger = spark.read().parquet(out + "/orders").collectAsList();
        assertThat(ledger).hasSize(weighted.size());
        for (Row order : ledger) {
            assertThat(order.getDouble(1)).as("weight of order %d", order.getLong(0)).isEqualTo(weights.get(order.getLong(0)));
        }
        // Sums of fractional weights in another order may differ in the last bits; nothing coarser.
        Row summary = spark.read().parquet(out + "/summary").first();
        assertThat(summary.getDouble(1)).isCloseTo(expected.basketCount(), within(expected.basketCount() * 1e-12));
        Iterator<Row> pairs = spark.read().parquet(out + "/pairs").toLocalIterator();
        long seen = 0;
        while (pairs.hasNext()) {
            Row pair = pairs.next();
            double count = expected.pairCount(pair.getLong(0), pair.getLong(1));
            assertThat(pair.getDouble(2)).isCloseTo(count, within(count * 1e-12));
            seen++;
        }
        assertThat(seen).isEqualTo(expected.distinctPairs());
    }

    @Test
    void ordersOverTheBasketCapCountAsItemsButAddNoPairs() {
        List<Basket> baskets = List.of(Basket.of(1, 10, 11), Basket.of(2, 10, 11, 12, 13, 14), Basket.of(3, 10, 12));
        Path out = run(SharedBaskets.writeOrderLines(baskets, null, work.resolve("small.csv")),
                MiningThresholds.defaults(), "--max-basket-items=4");

        Map<Long, Double> items = new HashMap<>();
        for (Row item : spark.read().parquet(out + "/items").collectAsList()) {
            items.put(item.getLong(0), item.getDouble(1));
        }
        assertThat(items).containsEntry(10L, 3.0).containsEntry(13L, 1.0).hasSize(5);
        assertThat(spark.read().parquet(out + "/pairs").collectAsList())
                .extracting(pair -> pair.getLong(0) + "-" + pair.getLong(1) + ":" + pair.getDouble(2))
                .containsExactlyInAnyOrder("10-11:1.0", "10-12:1.0");
        assertThat(spark.read().parquet(out + "/summary").first().getDouble(1)).isEqualTo(3.0);
    }

    private Path run(Path lines, MiningThresholds thresholds, String... more) {
        Path out = work.resolve("statistics");
        List<String> args = new ArrayList<>(List.of("--orders=csv:" + lines, "--output=parquet:" + out, "--top-k=" + TOP_K,
                "--min-pair-count=" + thresholds.minPairCount(), "--min-confidence=" + thresholds.minConfidence(),
                "--min-lift=" + thresholds.minLift(), "--half-life-days=" + thresholds.halfLifeDays()));
        args.addAll(List.of(more));
        new CoPurchaseJob(spark, JobSettings.parse(args.toArray(new String[0]))).run();
        return out;
    }

    private void assertSameAsMiner(List<Basket> baskets, MiningThresholds thresholds) {
        CoPurchaseStatistics expected = CoPurchaseMiner.mine(baskets);
        Path out = run(SharedBaskets.writeOrderLines(baskets, null, work.resolve("lines.csv")), thresholds);

        assertThat(spark.read().parquet(out + "/summary").first().getDouble(1)).isEqualTo(expected.basketCount());
        List<String> wrong = new ArrayList<>();
        long items = 0;
        for (Iterator<Row> it = spark.read().parquet(out + "/items").toLocalIterator(); it.hasNext(); items++) {
            Row item = it.next();
            if (item.getDouble(1) != expected.itemCount(item.getLong(0))) {
                wrong.add("item " + item);
            }
        }
        assertThat(items).isEqualTo(expected.distinctItems());

        long pairs = 0;
        for (Iterator<Row> it = spark.read().parquet(out + "/pairs").toLocalIterator(); it.hasNext(); pairs++) {
            Row pair = it.next();
            long a = pair.getLong(0);
            long b = pair.getLong(1);
            boolean same = a < b && pair.getDouble(2) == expected.pairCount(a, b)
                    && pair.getDouble(3) == expected.support(a, b)
                    && pair.getDouble(4) == expected.confidence(a, b)
                    && pair.getDouble(5) == expected.confidence(b, a)
                    && pair.getDouble(6) == expected.lift(a, b);
            if (!same && wrong.size() < 20) {
                wrong.add("pair " + pair);
            }
        }
        assertThat(pairs).isEqualTo(expected.distinctPairs());

        Map<Long, List<String>> served = new HashMap<>();
        for (Iterator<Row> it = spark.read().parquet(out + "/associations").orderBy("anchor_id", "rank").toLocalIterator();
                it.hasNext();) {
            Row association = it.next();
            served.computeIfAbsent(association.getLong(0), anchor -> new ArrayList<>())
                    .add(association.getLong(2) + "@" + association.getDouble(3) + "/" + association.getDouble(5) + "/"
                            + association.getDouble(6));
        }
        int anchors = 0;
        for (Iterator<Row> it = spark.read().parquet(out + "/items").toLocalIterator(); it.hasNext();) {
            long anchor = it.next().getLong(0);
            List<String> expectedList = new ArrayList<>();
            for (Association association : expected.associationsOf(anchor, thresholds)) {
                if (expectedList.size() == TOP_K) {
                    break;
                }
                expectedList.add(association.productId() + "@" + association.pairCount() + "/" + association.confidence() + "/"
                        + association.lift());
            }
            if (!expectedList.equals(served.getOrDefault(anchor, List.of())) && wrong.size() < 40) {
                wrong.add("top partners of " + anchor + ": " + served.get(anchor) + " instead of " + expectedList);
            }
            anchors += expectedList.isEmpty() ? 0 : 1;
        }
        assertThat(served).hasSize(anchors);
        assertThat(anchors).isPositive();
        assertThat(wrong).isEmpty();
    }
}
