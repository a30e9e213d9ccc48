package io.crosssell.mining;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThresholdInputTest {

    @Test
    void validInputGivesTheThresholds() {
        ThresholdInput input = ThresholdInput.check("5", " 0.1 ", "1.5", "90");

        assertThat(input.isValid()).isTrue();
        assertThat(input.thresholds().minPairCount()).isEqualTo(5);
        assertThat(input.thresholds().minConfidence()).isEqualTo(0.1);
        assertThat(input.thresholds().minLift()).isEqualTo(1.5);
        assertThat(input.thresholds().halfLifeDays()).isEqualTo(90);
    }

    @Test
    void everyBadFieldIsNamedAndNoThresholdsAreGiven() {
        ThresholdInput input = ThresholdInput.check("0", "1.5", "abc", "-3");

        assertThat(input.isValid()).isFalse();
        assertThat(input.thresholds()).isNull();
        assertThat(input.errors()).containsOnlyKeys(ThresholdInput.MIN_PAIR_COUNT, ThresholdInput.MIN_CONFIDENCE,
                ThresholdInput.MIN_LIFT, ThresholdInput.HALF_LIFE_DAYS);
        assertThat(input.errors().get(ThresholdInput.MIN_CONFIDENCE)).startsWith("Confidence must be a number from 0 to 1");
    }

    @Test
    void emptyOrAbsurdValuesAreRefused() {
        assertThat(ThresholdInput.check("", "0.05", "1.2", "0").errors()).containsOnlyKeys(ThresholdInput.MIN_PAIR_COUNT);
        assertThat(ThresholdInput.check("3", "0.05", "1e9", "0").errors()).containsOnlyKeys(ThresholdInput.MIN_LIFT);
        assertThat(ThresholdInput.check("3", "0.05", "1.2", "99999").errors()).containsOnlyKeys(ThresholdInput.HALF_LIFE_DAYS);
    }
}
