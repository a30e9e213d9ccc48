package io.crosssell.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExperimentInputTest {

    private static final AnalysisSettings DEFAULTS = AnalysisSettings.defaults();

    @Test
    void anExperimentWithoutAControlIsRefused() {
        List<VariantSample> samples = Arrays.asList(variant("a", false, 10), variant("b", false, 10));

        assertThatThrownBy(() -> ExperimentAnalysis.analyze(samples, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An experiment needs exactly one control to compare against, but no variant is marked as control.");
    }

    @Test
    void anExperimentWithTwoControlsIsRefused() {
        List<VariantSample> samples = Arrays.asList(variant("a", true, 10), variant("b", true, 10), variant("c", false, 10));

        assertThatThrownBy(() -> ExperimentAnalysis.analyze(samples, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An experiment needs exactly one control to compare against, but 2 variants are [a, b] marked as"
                        + " control.");
    }

    @Test
    void aControlAloneOrARepeatedCodeIsRefused() {
        assertThatThrownBy(() -> ExperimentAnalysis.analyze(Collections.singletonList(variant("a", true, 10)), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one variant");
        assertThatThrownBy(() -> ExperimentAnalysis.analyze(Arrays.asList(variant("a", true, 10), variant("a", false, 10)),
                DEFAULTS)).isInstanceOf(IllegalArgumentException.class).hasMessage("Two variants share the code a.");
    }

    @Test
    void samplesWhoseFiguresContradictEachOtherAreRefused() {
        assertThatThrownBy(() -> VariantSample.builder("a").visitors(10).converters(11).orders(11).build())
                .hasMessage("Variant a has 11 converters but only 10 visitors.");
        assertThatThrownBy(() -> VariantSample.builder("a").visitors(10).converters(3).orders(2).build())
                .hasMessage("Variant a has 2 orders from 3 converters.");
        assertThatThrownBy(() -> VariantSample.builder("a").visitors(10).converters(2).orders(2).attachedOrders(3).build())
                .hasMessage("Variant a has 3 orders with a cross-sell line but only 2 orders.");
        assertThatThrownBy(() -> VariantSample.builder("a").weight(0).build()).hasMessageContaining("weight above 0");
        assertThatThrownBy(() -> VariantSample.builder("a").revenue(Double.NaN).build()).hasMessageContaining("sum of revenue");
        assertThatThrownBy(() -> VariantSample.fromVisitors("a", false, 1, new double[2], new int[3], 0))
                .hasMessage("Variant a has revenue for 2 visitors but orders for 3.");
    }

    @Test
    void withoutVisitorsEveryFigureIsUnavailableAndNothingIsNaN() {
        ExperimentReport report = ExperimentAnalysis.analyze(Arrays.asList(variant("control", true, 0),
                variant("widget", false, 0)), DEFAULTS);

        for (VariantResult result : report.results()) {
            for (Metric metric : Metric.values()) {
                assertUnavailable(result.estimate(metric));
            }
        }
        for (Comparison comparison : report.result("widget").comparisons().values()) {
            assertUnavailable(comparison.difference());
            assertUnavailable(comparison.relativeLift());
            assertThat(comparison.pValue()).isEqualTo(1.0);
            assertThat(comparison.isSignificant()).isFalse();
        }
        assertThat(report.srmPValue()).isEqualTo(1.0);
        assertThat(report.isTrustworthy()).isTrue();
        assertThat(report.plannedVisitorsPerVariant()).isEqualTo(-1);
        assertThat(report.hasEnoughData()).isFalse();
        assertThat(report.dataMessage()).startsWith("Not enough data yet: the planned size can be worked out once the control"
                + " has some revenue;");
    }

    @Test
    void aLiftOverAControlWithoutRevenueIsUnavailableWhileTheDifferenceIsNot() {
        VariantSample control = VariantSample.fromVisitors("control", true, 1, new double[3], new int[3], 0);
        VariantSample widget = VariantSample.fromVisitors("widget", false, 1, new double[] {0, 40, 0}, new int[] {0, 1, 0}, 1);

        Comparison revenue = ExperimentAnalysis.analyze(Arrays.asList(control, widget), DEFAULTS).result("widget")
                .comparison(Metric.REVENUE_PER_VISITOR);

        assertThat(revenue.difference().isAvailable()).isTrue();
        assertThat(revenue.difference().value()).isCloseTo(40.0 / 3, within(1e-12));
        assertUnavailable(revenue.relativeLift());
    }

    @Test
    void theControlIsNotComparedWithItself() {
        ExperimentReport report = ExperimentAnalysis.analyze(Arrays.asList(variant("control", true, 10),
                variant("widget", false, 10)), DEFAULTS);

        assertThatThrownBy(() -> report.control().comparison(Metric.CONVERSION_RATE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> report.result("other")).hasMessage("The experiment has no variant other.");
    }

    private static void assertUnavailable(Estimate estimate) {
        assertThat(estimate.isAvailable()).isFalse();
        assertThat(new double[] {estimate.value(), estimate.lower(), estimate.upper(), estimate.standardError()})
                .containsOnly(0.0);
        assertThat(estimate.covers(0)).isFalse();
        assertThat(estimate).hasToString("no data");
    }

    private static VariantSample variant(String code, boolean control, long visitors) {
        return VariantSample.builder(code).control(control).visitors(visitors).build();
    }
}
