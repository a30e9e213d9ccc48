package io.crosssell.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Tier;

class CoPurchaseBackfillSourceTest {

    static StatisticsSupplier supplier(final CoPurchaseStatistics statistics, final MiningThresholds thresholds) {
        return StatisticsSupplier.fixed(statistics, thresholds);
    }

    private static List<Long> ids(List<Candidate> candidates) {
        List<Long> ids = new ArrayList<Long>();
        for (Candidate candidate : candidates) {
            ids.add(candidate.productId());
        }
        return ids;
    }

    // 1 with 2 in 3 orders (confidence 3/5, lift 1.6: passes the defaults), with 3 in 2, with 4 in 1; 5 and 6 alone
    private final CoPurchaseStatistics stats = CoPurchaseMiner.mine(Arrays.asList(
            Basket.of(1, 1, 2, 3), Basket.of(2, 1, 2, 3), Basket.of(3, 1, 2), Basket.of(4, 1, 4), Basket.of(5, 1),
            Basket.of(6, 5), Basket.of(7, 6), Basket.of(8, 5)));

    @Test
    void offersThePairsBelowTheThresholdsMostOftenBoughtFirstAsFallbacks() {
        List<Candidate> candidates = new CoPurchaseBackfillSource(supplier(stats, MiningThresholds.defaults()))
                .candidatesFor(1, Placement.FBT);

        assertThat(ids(candidates)).containsExactly(3L, 4L);
        assertThat(candidates).extracting(Candidate::tier).containsOnly(Tier.FALLBACK);
        assertThat(candidates.get(0).weight()).isEqualTo(1 + 2.0 / 5);
        assertThat(candidates.get(0).reason().text()).isEqualTo("bought together in 2 orders, lift 1.6");
    }

    @Test
    void leavesOutWhatTheThresholdsAdmitSinceTheMinedSourceOffersIt() {
        assertThat(ids(new CoPurchaseBackfillSource(supplier(stats, MiningThresholds.of(1, 0, 0, 0)))
                .candidatesFor(1, Placement.FBT))).isEmpty();
    }

    @Test
    void ranksAheadOfCategoryBestSellersWhoseWeightsAreZeroOrLess() {
        List<Candidate> candidates = new CoPurchaseBackfillSource(supplier(stats, MiningThresholds.defaults()))
                .candidatesFor(1, Placement.CART);

        assertThat(candidates).allSatisfy(candidate -> assertThat(candidate.weight()).isGreaterThan(1));
    }

    @Test
    void offersAtMostTenItems() {
        List<Basket> baskets = new ArrayList<Basket>();
        for (int partner = 0; partner < 15; partner++) {
            baskets.add(Basket.of(partner + 1, 100, 200 + partner));
        }

        List<Candidate> candidates = new CoPurchaseBackfillSource(supplier(CoPurchaseMiner.mine(baskets),
                MiningThresholds.defaults())).candidatesFor(100, Placement.FBT);

        assertThat(candidates).hasSize(CoPurchaseBackfillSource.MAX_ITEMS);
    }

    @Test
    void findsNothingForAProductNeverBoughtWithAnother() {
        assertThat(new CoPurchaseBackfillSource(supplier(stats, MiningThresholds.defaults())).candidatesFor(6, Placement.FBT))
                .isEmpty();
        assertThat(new CoPurchaseBackfillSource(supplier(stats, MiningThresholds.defaults())).candidatesFor(99, Placement.FBT))
                .isEmpty();
    }
}
