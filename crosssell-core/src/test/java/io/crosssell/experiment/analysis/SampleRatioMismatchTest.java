package io.crosssell.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SampleRatioMismatchTest {

    @Test
    void aSplitOfFiftyOneAndAHalfPercentAgainstAPlannedHalfIsFlagged() {
        ExperimentReport report = analyze(new String[] {"control", "widget"}, new double[] {50, 50}, 51_500, 48_500);

        // χ² = 2 · 1,500² / 50,000 = 90 with one degree of freedom: p = erfc(√45) ≈ 2.4e-21.
        assertThat(report.srmPValue()).isCloseTo(2.3816e-21, within(1e-24));
        assertThat(report.isTrustworthy()).isFalse();
        assertThat(report.untrustworthyReason()).isEqualTo("Visitors split control 51.5 % / widget 48.5 % where 50 % / 50 %"
                + " was planned (sample-ratio mismatch, p = 2e-21): assignment or exposure logging is broken, so the"
                + " figures cannot be trusted.");
    }

    @Test
    void aSplitOfFiftyPointOnePercentIsOrdinaryChance() {
        ExperimentReport report = analyze(new String[] {"control", "widget"}, new double[] {50, 50}, 50_100, 49_900);

        // χ² = 2 · 100² / 50,000 = 0.4: p = erfc(√0.2).
        assertThat(report.srmPValue()).isCloseTo(0.5270892568655381, within(1e-9));
        assertThat(report.isTrustworthy()).isTrue();
        assertThat(report.untrustworthyReason()).isEmpty();
    }

    @Test
    void visitorsAreMeasuredAgainstThePlannedWeightsInAnyScale() {
        assertThat(analyze(new String[] {"control", "holdout"}, new double[] {90, 10}, 90_000, 10_000).isTrustworthy())
                .isTrue();
        assertThat(analyze(new String[] {"control", "holdout"}, new double[] {0.9, 0.1}, 90_000, 10_000).srmPValue())
                .isEqualTo(1.0);
        assertThat(analyze(new String[] {"control", "holdout"}, new double[] {50, 50}, 90_000, 10_000).isTrustworthy())
                .isFalse();
    }

    @Test
    void aHoldoutLoggedShortAmongThreeVariantsIsFlagged() {
        ExperimentReport report = analyze(new String[] {"control", "widget", "holdout"}, new double[] {45, 45, 10}, 45_500,
                45_400, 9_100);

        assertThat(report.isTrustworthy()).isFalse();
        assertThat(report.untrustworthyReason()).startsWith(
                "Visitors split control 45.5 % / widget 45.4 % / holdout 9.1 % where 45 % / 45 % / 10 % was planned");
    }

    @Test
    void aMismatchTooSmallToShowInOneDecimalIsWrittenWithMore() {
        ExperimentReport report = analyze(new String[] {"control", "widget"}, new double[] {1, 1}, 50_040_000, 49_960_000);

        assertThat(report.isTrustworthy()).isFalse();
        assertThat(report.untrustworthyReason()).startsWith("Visitors split control 50.04 % / widget 49.96 % where 50 % / 50 %");
    }

    @Test
    void theThresholdComesFromTheSettings() {
        List<VariantSample> samples = samples(new String[] {"control", "widget"}, new double[] {50, 50}, 50_500, 49_500);

        // χ² = 2 · 500² / 50,000 = 10: p ≈ 0.0016, above the default 0.001 but below 0.01.
        assertThat(ExperimentAnalysis.analyze(samples, AnalysisSettings.defaults()).isTrustworthy()).isTrue();
        ExperimentReport strict = ExperimentAnalysis.analyze(samples, AnalysisSettings.defaults().withSrmAlpha(0.01));
        assertThat(strict.isTrustworthy()).isFalse();
        assertThat(strict.untrustworthyReason()).contains("(sample-ratio mismatch, p = 0.0016)");
    }

    private static ExperimentReport analyze(String[] codes, double[] weights, long... visitors) {
        return ExperimentAnalysis.analyze(samples(codes, weights, visitors), AnalysisSettings.defaults());
    }

    private static List<VariantSample> samples(String[] codes, double[] weights, long... visitors) {
        List<VariantSample> samples = new ArrayList<VariantSample>();
        for (int i = 0; i < codes.length; i++) {
            samples.add(VariantSample.builder(codes[i]).control(i == 0).weight(weights[i]).visitors(visitors[i])
                    .converters(visitors[i] / 25).orders(visitors[i] / 20).build());
        }
        return samples;
    }
}
