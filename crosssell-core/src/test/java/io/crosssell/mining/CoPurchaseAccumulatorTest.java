package io.crosssell.mining;

import static io.crosssell.mining.StatisticsAssertions.assertSameStatistics;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class CoPurchaseAccumulatorTest {

    @Test
    void startsEmpty() {
        CoPurchaseStatistics snapshot = new CoPurchaseAccumulator().snapshot();

        assertThat(snapshot.basketCount()).isZero();
        assertThat(snapshot.distinctItems()).isZero();
    }

    @Test
    void addingBasketsOneByOneGivesWhatMiningThemGives() {
        List<Basket> baskets = randomBaskets(new Random(42), 600, false);
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();
        for (Basket basket : baskets) {
            accumulator.add(basket);
        }

        assertSameStatistics(accumulator.snapshot(), CoPurchaseMiner.mine(baskets));
    }

    @Test
    void weightedBasketsGiveExactlyWhatMiningGives() {
        List<Basket> baskets = randomBaskets(new Random(7), 600, true);
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();
        accumulator.addAll(baskets);

        CoPurchaseStatistics snapshot = accumulator.snapshot();

        assertThat(snapshot.isWeighted()).isTrue();
        assertSameStatistics(snapshot, CoPurchaseMiner.mine(baskets));
    }

    @Test
    void snapshotsInBetweenChangeNothingInTheEnd() {
        // Weighted, with product ids arriving later that sort before, between and after earlier ones.
        List<Basket> baskets = randomBaskets(new Random(3), 900, true);
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();
        List<CoPurchaseStatistics> snapshots = new ArrayList<CoPurchaseStatistics>();
        for (int i = 0; i < baskets.size(); i++) {
            accumulator.add(baskets.get(i));
            if (i % 97 == 0) {
                snapshots.add(accumulator.snapshot());
            }
        }

        assertSameStatistics(accumulator.snapshot(), CoPurchaseMiner.mine(baskets));
        assertSameStatistics(snapshots.get(3), CoPurchaseMiner.mine(baskets.subList(0, 3 * 97 + 1)));
    }

    @Test
    void addingAnOrderAgainReturnsFalseAndChangesNothing() {
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();
        assertThat(accumulator.add(Basket.of(1, 10, 20))).isTrue();
        assertThat(accumulator.add(Basket.of(2, 10, 30))).isTrue();
        CoPurchaseStatistics before = accumulator.snapshot();

        assertThat(accumulator.add(Basket.of(1, 10, 20))).isFalse();
        assertThat(accumulator.add(Basket.weighted(2, 3.0, 40, 50))).isFalse();

        assertThat(accumulator.snapshot()).isSameAs(before);
        assertThat(before.basketCount()).isEqualTo(2);
        assertThat(before.pairCount(10, 20)).isEqualTo(1);
        assertThat(before.itemCount(40)).isZero();
        assertThat(accumulator.isCounted(2)).isTrue();
        assertThat(accumulator.isCounted(3)).isFalse();
    }

    @Test
    void addAllCountsOnlyNewOrders() {
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();

        int counted = accumulator.addAll(Arrays.asList(Basket.of(1, 10, 20), Basket.of(1, 10, 20),
                Basket.of(2, 20, 30)));

        assertThat(counted).isEqualTo(2);
        assertThat(accumulator.snapshot().basketCount()).isEqualTo(2);
    }

    @Test
    void snapshotsAreUnaffectedByLaterBaskets() {
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();
        accumulator.add(Basket.of(1, 10, 20));
        CoPurchaseStatistics first = accumulator.snapshot();

        accumulator.add(Basket.of(2, 10, 20, 5));
        CoPurchaseStatistics second = accumulator.snapshot();

        assertThat(first.pairCount(10, 20)).isEqualTo(1);
        assertThat(first.itemCount(5)).isZero();
        assertThat(second.pairCount(10, 20)).isEqualTo(2);
        assertThat(second.pairCount(5, 20)).isEqualTo(1);
    }

    @Test
    void continuesFromMinedStatisticsWithoutRecountingTheirOrders() {
        List<Basket> baskets = randomBaskets(new Random(11), 800, true);
        List<Basket> nightly = baskets.subList(0, 500);
        List<Long> nightlyOrders = new ArrayList<Long>();
        for (Basket basket : nightly) {
            nightlyOrders.add(basket.orderId());
        }
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator(CoPurchaseMiner.mine(nightly), nightlyOrders);

        assertThat(accumulator.add(baskets.get(17))).isFalse();
        assertThat(accumulator.addAll(baskets.subList(500, 800)))
                .isEqualTo(distinctOrders(baskets.subList(500, 800)));

        assertSameStatistics(accumulator.snapshot(), CoPurchaseMiner.mine(baskets));
    }

    @Test
    void countsEachOrderOnceWhenDeliveredConcurrently() throws Exception {
        List<Basket> baskets = new ArrayList<Basket>();
        Set<Long> orders = new HashSet<Long>();
        for (Basket basket : randomBaskets(new Random(5), 2000, false)) {
            if (orders.add(basket.orderId())) {
                baskets.add(basket);
            }
        }
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> deliveries = new ArrayList<Callable<Integer>>();
            for (int t = 0; t < 4; t++) {
                // Every thread delivers every order, in its own order.
                List<Basket> shuffled = new ArrayList<Basket>(baskets);
                Collections.shuffle(shuffled, new Random(t));
                deliveries.add(() -> accumulator.addAll(shuffled));
            }
            int counted = 0;
            for (Future<Integer> delivery : threads.invokeAll(deliveries)) {
                counted += delivery.get();
            }

            assertThat(counted).isEqualTo(baskets.size());
        } finally {
            threads.shutdown();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
        // Whole counts add up exactly in any order.
        assertSameStatistics(accumulator.snapshot(), CoPurchaseMiner.mine(baskets));
    }

    private static int distinctOrders(List<Basket> baskets) {
        Set<Long> orders = new HashSet<Long>();
        for (Basket basket : baskets) {
            orders.add(basket.orderId());
        }
        return orders.size();
    }

    /**
     * Baskets of 0-14 products drawn with a skew from ids spread over the whole long range, some
     * orders delivered twice, optionally with fractional weights.
     */
    static List<Basket> randomBaskets(Random random, int count, boolean weighted) {
        long[] catalog = new long[150];
        for (int i = 0; i < catalog.length; i++) {
            catalog[i] = i % 3 == 0 ? random.nextLong() : random.nextInt(1000) - 200;
        }
        List<Basket> baskets = new ArrayList<Basket>();
        for (int order = 0; order < count; order++) {
            int size = random.nextInt(15);
            long[] ids = new long[size];
            for (int k = 0; k < size; k++) {
                // Later orders reach further into the catalog, so new products keep arriving.
                int reach = Math.max(2, catalog.length * (order + 1) / count);
                ids[k] = catalog[(int) (reach * Math.pow(random.nextDouble(), 2))];
            }
            long orderId = order % 50 == 49 ? order - 1 : order;
            double weight = weighted && random.nextBoolean() ? 0.05 + random.nextDouble() * 3 : 1.0;
            baskets.add(Basket.weighted(orderId, weight, ids));
        }
        return baskets;
    }
}
