package io.crosssell.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MiningThresholdsTest {

    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final long REFERENCE = 1_700_000_000_000L;

    @Test
    void defaultsAskForThreeOrdersFivePercentConfidenceAndLiftOnePointTwoWithoutDecay() {
        MiningThresholds defaults = MiningThresholds.defaults();

        assertThat(defaults.minPairCount()).isEqualTo(3);
        assertThat(defaults.minConfidence()).isEqualTo(0.05);
        assertThat(defaults.minLift()).isEqualTo(1.2);
        assertThat(defaults.halfLifeDays()).isZero();
        assertThat(defaults).isEqualTo(MiningThresholds.of(3, 0.05, 1.2, 0));
    }

    @Test
    void withersChangeOneValue() {
        MiningThresholds thresholds = MiningThresholds.defaults().withMinPairCount(5).withMinConfidence(0.1)
                .withMinLift(2).withHalfLifeDays(30);

        assertThat(thresholds).isEqualTo(MiningThresholds.of(5, 0.1, 2, 30));
        assertThat(MiningThresholds.defaults().minPairCount()).isEqualTo(3);
    }

    @Test
    void acceptsTheBoundaries() {
        MiningThresholds thresholds = MiningThresholds.of(1, 1, 0, 0);

        assertThat(thresholds.minConfidence()).isEqualTo(1);
        assertThat(MiningThresholds.of(1, 0, 0, 0).minConfidence()).isZero();
    }

    @Test
    void rejectsAMinPairCountBelowOneNamingIt() {
        for (double value : new double[] {0.5, 0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> MiningThresholds.defaults().withMinPairCount(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("minPairCount");
        }
    }

    @Test
    void rejectsAMinConfidenceOutsideZeroToOneNamingIt() {
        for (double value : new double[] {-0.01, 1.01, Double.NaN}) {
            assertThatThrownBy(() -> MiningThresholds.defaults().withMinConfidence(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("minConfidence");
        }
    }

    @Test
    void rejectsANegativeOrInfiniteMinLiftNamingIt() {
        for (double value : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> MiningThresholds.of(3, 0.05, value, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("minLift");
        }
    }

    @Test
    void rejectsANegativeOrInfiniteHalfLifeNamingIt() {
        for (double value : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> MiningThresholds.defaults().withHalfLifeDays(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("halfLifeDays");
        }
    }

    @Test
    void weighsEveryOrderOneWithoutDecay() {
        MiningThresholds noDecay = MiningThresholds.defaults();

        assertThat(noDecay.decayWeight(REFERENCE - 400 * DAY, REFERENCE)).isEqualTo(1.0);
        assertThat(noDecay.decayWeight(REFERENCE + 400 * DAY, REFERENCE)).isEqualTo(1.0);
    }

    @Test
    void halvesTheWeightEveryHalfLifeBeforeTheReference() {
        MiningThresholds monthly = MiningThresholds.defaults().withHalfLifeDays(30);

        assertThat(monthly.decayWeight(REFERENCE, REFERENCE)).isEqualTo(1.0);
        assertThat(monthly.decayWeight(REFERENCE - 30 * DAY, REFERENCE)).isEqualTo(0.5);
        assertThat(monthly.decayWeight(REFERENCE - 90 * DAY, REFERENCE)).isEqualTo(0.125);
        assertThat(monthly.decayWeight(REFERENCE + 60 * DAY, REFERENCE)).isEqualTo(4.0);
        assertThat(monthly.decayWeight(REFERENCE - 15 * DAY, REFERENCE)).isCloseTo(Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void decayedStatisticsHaveTheSameRatiosWhateverTheReference() {
        MiningThresholds weekly = MiningThresholds.defaults().withHalfLifeDays(7);
        long[][] products = {{1, 2}, {1, 2, 3}, {2, 3}, {1, 3}, {1, 2}};
        long[] submitted = {REFERENCE - 20 * DAY, REFERENCE - 9 * DAY, REFERENCE - 3 * DAY, REFERENCE - DAY,
                REFERENCE};

        CoPurchaseStatistics early = decayed(weekly, products, submitted, REFERENCE - 100 * DAY);
        CoPurchaseStatistics late = decayed(weekly, products, submitted, REFERENCE);

        assertThat(early.basketCount()).isGreaterThan(late.basketCount() * 1000);
        assertThat(early.confidence(1, 2)).isCloseTo(late.confidence(1, 2), within(1e-12));
        assertThat(early.confidence(3, 1)).isCloseTo(late.confidence(3, 1), within(1e-12));
        assertThat(early.lift(1, 2)).isCloseTo(late.lift(1, 2), within(1e-12));
        assertThat(early.lift(2, 3)).isCloseTo(late.lift(2, 3), within(1e-12));
        assertThat(early.support(1, 3)).isCloseTo(late.support(1, 3), within(1e-12));
    }

    private static CoPurchaseStatistics decayed(MiningThresholds thresholds, long[][] products, long[] submitted,
            long reference) {
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();
        for (int order = 0; order < products.length; order++) {
            accumulator.add(Basket.weighted(order, thresholds.decayWeight(submitted[order], reference),
                    products[order]));
        }
        return accumulator.snapshot();
    }
}
