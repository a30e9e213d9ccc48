package io.crosssell.mining;

import static io.crosssell.mining.StatisticsAssertions.assertSameStatistics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StatisticsDeltaTest {

    private static final MiningThresholds LOOSE = MiningThresholds.of(1, 0.0, 0.0, 0);

    @Test
    void foldingInAndTakingOutOrdersInBatchesGivesWhatMiningTheRemainingOrdersGives() {
        Random random = new Random(7);
        List<Basket> all = distinctOrders(CoPurchaseAccumulatorTest.randomBaskets(random, 900, false));
        List<Basket> counted = new ArrayList<Basket>(all.subList(0, 300));
        CoPurchaseStatistics statistics = CoPurchaseMiner.mine(counted);
        int next = 300;
        for (int batch = 0; batch < 40; batch++) {
            StatisticsDelta delta = new StatisticsDelta();
            for (int k = 0; k < 15 && next < all.size(); k++) {
                Basket added = all.get(next++);
                counted.add(added);
                delta.order(added.productIds(), added.weight());
            }
            for (int k = 0; k < 3; k++) {
                Basket withdrawn = counted.remove(random.nextInt(counted.size()));
                delta.order(withdrawn.productIds(), -withdrawn.weight());
            }
            statistics = statistics.apply(delta);
            CoPurchaseStatistics expected = CoPurchaseMiner.mine(counted);

            assertSameAnswers(statistics, expected);
        }
        assertSameStatistics(statistics, CoPurchaseMiner.mine(counted));
    }

    @Test
    void changesBesideTheArraysAreFoldedIntoNewArraysOnceTheyOutgrowThem() {
        CoPurchaseStatistics statistics = CoPurchaseMiner.mine(java.util.Collections.singletonList(Basket.of(1, 1, 2)));
        StatisticsDelta big = new StatisticsDelta();
        long[] basket = new long[400];
        for (int i = 0; i < basket.length; i++) {
            basket[i] = 1000 + i;
        }
        big.order(basket, 1.0);

        CoPurchaseStatistics applied = statistics.apply(big);

        // 79,800 changed pairs pass the 50,000 floor: the result has arrays of its own and nothing beside them.
        assertThat(applied.compacted()).isSameAs(applied);
        assertThat(applied.distinctPairs()).isEqualTo(1 + 400L * 399 / 2);
    }

    @Test
    void takingAnOrderBackOutLeavesNoEmptyProductOrPair() {
        CoPurchaseStatistics statistics = CoPurchaseMiner.mine(java.util.Arrays.asList(Basket.of(1, 1, 2), Basket.of(2, 2, 3)));

        CoPurchaseStatistics after = statistics.apply(new StatisticsDelta().order(new long[] {2, 3}, -1.0));

        assertThat(after.itemCount(3)).isZero();
        assertThat(after.pairCount(2, 3)).isZero();
        assertThat(after.partnersOf(2)).containsExactly(1L);
        assertThat(after.associationsOf(2, LOOSE)).extracting(Association::productId).containsExactly(1L);
        assertSameStatistics(after, CoPurchaseMiner.mine(java.util.Collections.singletonList(Basket.of(1, 1, 2))));
    }

    @Test
    void anOrderChangeNeedsAWeight() {
        assertThatThrownBy(() -> new StatisticsDelta().order(new long[] {1, 2}, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
    }

    /** Every anchor's associations and every count, read without folding the changes into arrays. */
    private static void assertSameAnswers(CoPurchaseStatistics actual, CoPurchaseStatistics expected) {
        assertThat(actual.basketCount()).isEqualTo(expected.basketCount());
        List<String> mismatches = new ArrayList<String>();
        expected.forEachItem((productId, count) -> {
            if (actual.itemCount(productId) != count) {
                mismatches.add("item " + productId);
            }
            if (!actual.associationsOf(productId, LOOSE).equals(expected.associationsOf(productId, LOOSE))) {
                mismatches.add("associations of " + productId);
            }
            if (!actual.partnersOf(productId).equals(expected.partnersOf(productId))) {
                mismatches.add("partners of " + productId);
            }
        });
        expected.forEachPair((a, b, count) -> {
            if (actual.pairCount(a, b) != count || actual.pairCount(b, a) != count) {
                mismatches.add("pair " + a + "-" + b);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    private static List<Basket> distinctOrders(List<Basket> baskets) {
        Map<Long, Basket> byOrder = new LinkedHashMap<Long, Basket>();
        for (Basket basket : baskets) {
            if (basket.size() > 0 && !byOrder.containsKey(basket.orderId())) {
                byOrder.put(basket.orderId(), basket);
            }
        }
        return new ArrayList<Basket>(byOrder.values());
    }
}
