package io.crosssell.mining;

import static io.crosssell.mining.StatisticsAssertions.assertSameStatistics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoPurchaseStatisticsTest {

    /**
     * Five orders over products 1-4. By hand: items 1:4, 2:4, 3:3, 4:1 orders; pairs (1,2):3, (1,3):2,
     * (2,3):2, (2,4):1, (3,4):1, and (1,4) never.
     */
    private static final List<Basket> ORDERS = Arrays.asList(
            Basket.of(101, 1, 2, 3),
            Basket.of(102, 2, 1),
            Basket.of(103, 1, 3),
            Basket.of(104, 4, 3, 2),
            Basket.of(105, 1, 2, 2, 1));

    private final CoPurchaseStatistics stats = CoPurchaseMiner.mine(ORDERS);

    private static final MiningThresholds ANY = MiningThresholds.of(1, 0, 0, 0);

    @Nested
    class Counts {

        @Test
        void countsBasketsItemsAndPairs() {
            assertThat(stats.basketCount()).isEqualTo(5);
            assertThat(stats.itemCount(1)).isEqualTo(4);
            assertThat(stats.itemCount(2)).isEqualTo(4);
            assertThat(stats.itemCount(3)).isEqualTo(3);
            assertThat(stats.itemCount(4)).isEqualTo(1);
            assertThat(stats.pairCount(1, 2)).isEqualTo(3);
            assertThat(stats.pairCount(1, 3)).isEqualTo(2);
            assertThat(stats.pairCount(2, 3)).isEqualTo(2);
            assertThat(stats.pairCount(2, 4)).isEqualTo(1);
            assertThat(stats.pairCount(3, 4)).isEqualTo(1);
            assertThat(stats.distinctItems()).isEqualTo(4);
            assertThat(stats.distinctPairs()).isEqualTo(5);
            assertThat(stats.isWeighted()).isFalse();
        }

        @Test
        void pairsAreSymmetric() {
            long[] ids = {1, 2, 3, 4};
            for (long a : ids) {
                for (long b : ids) {
                    assertThat(stats.pairCount(a, b)).isEqualTo(stats.pairCount(b, a));
                    assertThat(stats.support(a, b)).isEqualTo(stats.support(b, a));
                    assertThat(stats.lift(a, b)).isEqualTo(stats.lift(b, a));
                }
            }
        }

        @Test
        void countsAProductRepeatedInABasketOnce() {
            assertThat(stats.itemCount(1)).isEqualTo(4);
            assertThat(stats.pairCount(1, 2)).isEqualTo(3);
        }

        @Test
        void unknownProductsSelfPairsAndUnseenPairsCountZero() {
            assertThat(stats.itemCount(99)).isZero();
            assertThat(stats.pairCount(1, 99)).isZero();
            assertThat(stats.pairCount(1, 1)).isZero();
            assertThat(stats.pairCount(1, 4)).isZero();
            assertThat(stats.support(1, 4)).isZero();
            assertThat(stats.confidence(1, 4)).isZero();
            assertThat(stats.confidence(99, 1)).isZero();
            assertThat(stats.lift(1, 4)).isZero();
            assertThat(stats.lift(1, 1)).isZero();
        }

        @Test
        void visitsEachPairOnceInAscendingOrder() {
            List<String> pairs = new ArrayList<String>();
            stats.forEachPair((a, b, count) -> pairs.add(a + "-" + b + ":" + (int) count));

            assertThat(pairs).containsExactly("1-2:3", "1-3:2", "2-3:2", "2-4:1", "3-4:1");
        }

        @Test
        void visitsEachItemInAscendingOrder() {
            List<String> items = new ArrayList<String>();
            stats.forEachItem((productId, count) -> items.add(productId + ":" + (int) count));

            assertThat(items).containsExactly("1:4", "2:4", "3:3", "4:1");
        }

        @Test
        void skipsABasketWhoseOrderWasAlreadyCounted() {
            List<Basket> redelivered = new ArrayList<Basket>(ORDERS);
            redelivered.add(Basket.of(101, 1, 4));

            CoPurchaseStatistics again = CoPurchaseMiner.mine(redelivered);

            assertThat(again.basketCount()).isEqualTo(5);
            assertThat(again.pairCount(1, 4)).isZero();
        }

        @Test
        void emptyStatisticsKnowNothing() {
            CoPurchaseStatistics empty = CoPurchaseStatistics.empty();

            assertThat(empty.basketCount()).isZero();
            assertThat(empty.distinctItems()).isZero();
            assertThat(empty.distinctPairs()).isZero();
            assertThat(empty.itemCount(1)).isZero();
            assertThat(empty.pairCount(1, 2)).isZero();
            assertThat(empty.support(1, 2)).isZero();
            assertThat(empty.associationsOf(1, ANY)).isEmpty();
            assertThat(CoPurchaseMiner.mine(new ArrayList<Basket>()).distinctPairs()).isZero();
        }

        @Test
        void countsBasketsOfOneOrNoProductsWithoutPairs() {
            CoPurchaseStatistics lonely = CoPurchaseMiner.mine(Arrays.asList(Basket.of(1, 5), Basket.of(2),
                    Basket.of(3, 5, 6)));

            assertThat(lonely.basketCount()).isEqualTo(3);
            assertThat(lonely.itemCount(5)).isEqualTo(2);
            assertThat(lonely.distinctPairs()).isEqualTo(1);
            assertThat(lonely.pairCount(5, 6)).isEqualTo(1);
            assertThat(lonely.associationsOf(5, ANY)).extracting(Association::productId).containsExactly(6L);
        }

        @Test
        void sumsWeightsInsteadOfCountingOrders() {
            CoPurchaseStatistics weighted = CoPurchaseMiner.mine(Arrays.asList(
                    Basket.weighted(1, 0.5, 1, 2),
                    Basket.weighted(2, 2.0, 1, 2, 3),
                    Basket.of(3, 2, 3)));

            assertThat(weighted.isWeighted()).isTrue();
            assertThat(weighted.basketCount()).isEqualTo(3.5);
            assertThat(weighted.itemCount(1)).isEqualTo(2.5);
            assertThat(weighted.itemCount(2)).isEqualTo(3.5);
            assertThat(weighted.itemCount(3)).isEqualTo(3.0);
            assertThat(weighted.pairCount(1, 2)).isEqualTo(2.5);
            assertThat(weighted.pairCount(2, 3)).isEqualTo(3.0);
            assertThat(weighted.pairCount(1, 3)).isEqualTo(2.0);
            assertThat(weighted.confidence(1, 2)).isEqualTo(1.0);
            assertThat(weighted.lift(1, 3)).isEqualTo(2.0 * 3.5 / (2.5 * 3.0));
        }

        @Test
        void handlesAnyLongAsAProductId() {
            CoPurchaseStatistics extremes = CoPurchaseMiner.mine(Arrays.asList(
                    Basket.of(1, Long.MIN_VALUE, 0, Long.MAX_VALUE),
                    Basket.of(2, Long.MAX_VALUE, -1)));

            assertThat(extremes.pairCount(Long.MAX_VALUE, Long.MIN_VALUE)).isEqualTo(1);
            assertThat(extremes.pairCount(-1, Long.MAX_VALUE)).isEqualTo(1);
            assertThat(extremes.itemCount(Long.MAX_VALUE)).isEqualTo(2);
            assertThat(extremes.pairCount(-1, 0)).isZero();
        }
    }

    @Nested
    class FromStoredCounts {

        @Test
        void rebuildsTheSameStatisticsFromTheirItemsAndPairs() {
            CoPurchaseStatistics.Builder builder = CoPurchaseStatistics.builder(stats.basketCount());
            // Pairs first and reversed: the builder takes them in any order.
            stats.forEachPair((a, b, count) -> builder.pair(b, a, count));
            stats.forEachItem(builder::item);

            assertSameStatistics(builder.build(), stats);
        }

        @Test
        void rebuildsWeightedStatisticsExactly() {
            CoPurchaseStatistics mined = CoPurchaseMiner.mine(
                    CoPurchaseAccumulatorTest.randomBaskets(new Random(9), 300, true));
            CoPurchaseStatistics.Builder builder = CoPurchaseStatistics.builder(mined.basketCount());
            mined.forEachItem(builder::item);
            mined.forEachPair(builder::pair);

            CoPurchaseStatistics rebuilt = builder.build();

            assertThat(rebuilt.isWeighted()).isTrue();
            assertSameStatistics(rebuilt, mined);
        }

        @Test
        void addsUpRepeatedCounts() {
            CoPurchaseStatistics built = CoPurchaseStatistics.builder(4).item(1, 3).item(2, 2).item(1, 1)
                    .pair(1, 2, 1).pair(2, 1, 1).build();

            assertThat(built.itemCount(1)).isEqualTo(4);
            assertThat(built.pairCount(1, 2)).isEqualTo(2);
            assertThat(built.confidence(2, 1)).isEqualTo(1);
            assertThat(built.isWeighted()).isFalse();
            assertThat(CoPurchaseStatistics.builder(4.5).item(1, 3).build().isWeighted()).isTrue();
        }

        @Test
        void rejectsPairsOfProductsWithoutItemCounts() {
            CoPurchaseStatistics.Builder builder = CoPurchaseStatistics.builder(3).item(1, 2).pair(1, 7, 1);

            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Product 7");
        }

        @Test
        void rejectsCountsThatAreNotFiniteAndPositiveAndSelfPairs() {
            assertThatThrownBy(() -> CoPurchaseStatistics.builder(-1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("basketCount");
            assertThatThrownBy(() -> CoPurchaseStatistics.builder(3).item(1, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("product 1");
            assertThatThrownBy(() -> CoPurchaseStatistics.builder(3).pair(1, 2, Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pair 1-2");
            assertThatThrownBy(() -> CoPurchaseStatistics.builder(3).pair(1, 1, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different products");
        }
    }

    @Nested
    class Ratios {

        @Test
        void supportIsTheShareOfAllOrders() {
            assertThat(stats.support(1, 2)).isEqualTo(3.0 / 5);
            assertThat(stats.support(3, 4)).isEqualTo(1.0 / 5);
        }

        @Test
        void confidenceIsTheShareOfTheFirstProductsOrders() {
            assertThat(stats.confidence(1, 2)).isEqualTo(3.0 / 4);
            assertThat(stats.confidence(4, 3)).isEqualTo(1.0);
            assertThat(stats.confidence(3, 4)).isEqualTo(1.0 / 3);
        }

        @Test
        void liftComparesWithIndependentPurchases() {
            assertThat(stats.lift(1, 2)).isEqualTo(3.0 * 5 / (4 * 4));
            assertThat(stats.lift(3, 4)).isEqualTo(1.0 * 5 / (3 * 1));
            assertThat(stats.lift(2, 4)).isEqualTo(1.25);
            assertThat(stats.lift(1, 3)).isEqualTo(2.0 * 5 / (4 * 3));
        }
    }

    @Nested
    class Associations {

        @Test
        void ranksPartnersByLiftTimesConfidence() {
            List<Association> partners = stats.associationsOf(2, ANY);

            // 1: 3 orders, confidence 3/4, lift 15/16; 3: 2, 2/4, 5/6; 4: 1, 1/4, 5/4
            assertThat(partners)
                    .extracting(Association::productId, Association::pairCount, Association::confidence,
                            Association::lift, Association::score)
                    .containsExactly(
                            tuple(1L, 3.0, 0.75, 0.9375, 0.75 * 0.9375),
                            tuple(3L, 2.0, 0.5, 2.0 * 5 / 12, 0.5 * (2.0 * 5 / 12)),
                            tuple(4L, 1.0, 0.25, 1.25, 0.25 * 1.25));
            assertThat(partners.get(0).support()).isEqualTo(0.6);
        }

        @Test
        void ranksPartnersByAGivenScoring() {
            AssociationScoring byLift = new AssociationScoring() {
                @Override
                public double score(Association association) {
                    return association.lift();
                }
            };

            assertThat(stats.associationsOf(2, ANY, byLift)).extracting(Association::productId).containsExactly(4L, 1L, 3L);
        }

        @Test
        void dropsPartnersBelowTheMinimumPairCount() {
            assertThat(stats.associationsOf(2, ANY.withMinPairCount(2)))
                    .extracting(Association::productId).containsExactly(1L, 3L);
        }

        @Test
        void dropsPartnersBelowTheMinimumConfidenceFromTheAnchor() {
            assertThat(stats.associationsOf(2, ANY.withMinConfidence(0.5)))
                    .extracting(Association::productId).containsExactly(1L, 3L);
            assertThat(stats.associationsOf(4, ANY.withMinConfidence(1)))
                    .extracting(Association::productId).containsExactly(3L, 2L);
        }

        @Test
        void dropsPartnersBelowTheMinimumLift() {
            assertThat(stats.associationsOf(2, ANY.withMinLift(0.9)))
                    .extracting(Association::productId).containsExactly(1L, 4L);
        }

        @Test
        void defaultThresholdsFindNothingInSoFewOrders() {
            assertThat(stats.associationsOf(2, MiningThresholds.defaults())).isEmpty();
        }

        @Test
        void breaksScoreTiesByAscendingProductId() {
            CoPurchaseStatistics twins = CoPurchaseMiner.mine(Arrays.asList(
                    Basket.of(1, 10, 30, 20),
                    Basket.of(2, 30, 20, 10),
                    Basket.of(3, 40)));

            List<Association> partners = twins.associationsOf(10, ANY);

            assertThat(partners).extracting(Association::productId).containsExactly(20L, 30L);
            assertThat(partners.get(0).score()).isEqualTo(partners.get(1).score());
        }

        @Test
        void findsNothingForAnUnknownAnchor() {
            assertThat(stats.associationsOf(99, ANY)).isEmpty();
        }

        @Test
        void returnsAnUnmodifiableList() {
            List<Association> partners = stats.associationsOf(2, ANY);

            assertThatThrownBy(() -> partners.clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void describesWholeOrdersAndLiftToOneDecimal() {
            assertThat(new Association(7, 37, 0.01, 0.3, 4.2149, false).describe())
                    .isEqualTo("bought together in 37 orders, lift 4.2");
            assertThat(new Association(7, 1, 0.01, 0.3, 12.96, false).describe())
                    .isEqualTo("bought together in 1 order, lift 13.0");
            assertThat(stats.associationsOf(2, ANY).get(0).describe())
                    .isEqualTo("bought together in 3 orders, lift 0.9");
        }

        @Test
        void describesDecayedOrdersToOneDecimal() {
            assertThat(new Association(7, 36.44, 0.01, 0.3, 4.25, true).describe())
                    .isEqualTo("bought together in 36.4 orders, lift 4.3");
        }
    }
}
