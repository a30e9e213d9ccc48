package io.crosssell.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each metric on four hand-worked requests over a catalog of 10 items. */
class RankingMetricsTest {

    private final RankingMetrics metrics = new RankingMetrics(new int[] {1, 3}, 10);

    @BeforeEach
    void fourRequests() {
        metrics.add(5, new long[] {5, 2, 3}); // hit at rank 1
        metrics.add(7, new long[] {1, 7, 2}); // hit at rank 2
        metrics.add(9, new long[] {4});       // miss, one item only
        metrics.add(3, new long[0]);          // miss, nothing at all
    }

    @Test
    void countsEveryRequest() {
        assertThat(metrics.cases()).isEqualTo(4);
    }

    @Test
    void hitRateIsTheShareOfRequestsWithTheHiddenItemInTheFirstK() {
        assertThat(metrics.hitRate(1)).isEqualTo(1.0 / 4);
        assertThat(metrics.hitRate(3)).isEqualTo(2.0 / 4);
    }

    @Test
    void ndcgDiscountsAHitByTheLogarithmOfItsRank() {
        // rank 1 gains 1 / log2(2) = 1, rank 2 gains 1 / log2(3) = 0.6309...; the ideal DCG is 1
        assertThat(metrics.ndcg(1)).isEqualTo(1.0 / 4);
        assertThat(metrics.ndcg(3)).isCloseTo((1 + 1 / (Math.log(3) / Math.log(2))) / 4, within(1e-12));
        assertThat(metrics.ndcg(3)).isCloseTo(0.407732, within(1e-6));
    }

    @Test
    void coverageIsTheDistinctItemsShownInTheFirstKOverTheCatalog() {
        // first 1: 5, 1, 4; first 3: 5, 2, 3, 1, 7, 4
        assertThat(metrics.coverage(1)).isEqualTo(3.0 / 10);
        assertThat(metrics.coverage(3)).isEqualTo(6.0 / 10);
    }

    @Test
    void shareUnderKCountsRequestsWithFewerThanKItems() {
        assertThat(metrics.shareUnder(1)).isEqualTo(1.0 / 4);
        assertThat(metrics.shareUnder(3)).isEqualTo(2.0 / 4);
    }

    @Test
    void refusesACutOffItWasNotAskedFor() {
        assertThatThrownBy(() -> metrics.hitRate(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("K = 10");
    }
}
