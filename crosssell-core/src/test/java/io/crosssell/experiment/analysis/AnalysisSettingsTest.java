package io.crosssell.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalysisSettingsTest {

    @Test
    void defaultsAreTheUsualFixedHorizonPlan() {
        AnalysisSettings defaults = AnalysisSettings.defaults();

        assertThat(defaults.confidence()).isEqualTo(0.95);
        assertThat(defaults.power()).isEqualTo(0.80);
        assertThat(defaults.minimumDetectableEffect()).isEqualTo(0.05);
        assertThat(defaults.srmAlpha()).isEqualTo(0.001);
        assertThat(defaults.primaryMetric()).isEqualTo(Metric.REVENUE_PER_VISITOR);
    }

    @Test
    void copiesChangeOneSettingAndLeaveTheOriginalAlone() {
        AnalysisSettings changed = AnalysisSettings.defaults().withConfidence(0.99).withPower(0.9)
                .withMinimumDetectableEffect(0.02).withSrmAlpha(0.0001).withPrimaryMetric(Metric.ATTACH_RATE);

        assertThat(changed.confidence()).isEqualTo(0.99);
        assertThat(changed.power()).isEqualTo(0.9);
        assertThat(changed.minimumDetectableEffect()).isEqualTo(0.02);
        assertThat(changed.srmAlpha()).isEqualTo(0.0001);
        assertThat(changed.primaryMetric()).isEqualTo(Metric.ATTACH_RATE);
        assertThat(AnalysisSettings.defaults().confidence()).isEqualTo(0.95);
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> AnalysisSettings.defaults().withConfidence(95))
                .hasMessage("The confidence must lie between 0 and 1 (exclusive), not 95.0.");
        assertThatThrownBy(() -> AnalysisSettings.defaults().withPower(1)).hasMessageContaining("The power");
        assertThatThrownBy(() -> AnalysisSettings.defaults().withMinimumDetectableEffect(0))
                .hasMessageContaining("minimum detectable effect");
        assertThatThrownBy(() -> AnalysisSettings.defaults().withSrmAlpha(Double.NaN))
                .hasMessageContaining("sample-ratio-mismatch threshold");
        assertThatThrownBy(() -> AnalysisSettings.defaults().withPrimaryMetric(null)).hasMessageContaining("primary metric");
    }
}
