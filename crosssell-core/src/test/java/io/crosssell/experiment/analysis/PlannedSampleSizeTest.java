package io.crosssell.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PlannedSampleSizeTest {

    private static final AnalysisSettings CONVERSION_TEN_PERCENT = AnalysisSettings.defaults()
            .withPrimaryMetric(Metric.CONVERSION_RATE).withMinimumDetectableEffect(0.10);

    /** A control converting exactly 4 %: 1,507 of 37,675 visitors. */
    private static final VariantSample CONTROL_AT_FOUR_PERCENT = VariantSample.builder("control").control(true)
            .visitors(37_675).converters(1_507).orders(1_507).build();

    @Test
    void conversionPlanMatchesTheTextbookFormula() {
        // (z_0.975 + z_0.80)² = (1.959964 + 0.841621)² = 7.848880; 2σ² = 2 · 0.04 · 0.96 = 0.0768;
        // δ = 10 % of 0.04 = 0.004, δ² = 0.000016; n = 7.848880 · 0.0768 / 0.000016 = 37,674.6, rounded up.
        ExperimentReport report = analyze(CONVERSION_TEN_PERCENT, CONTROL_AT_FOUR_PERCENT, widget(10_000));

        assertThat(report.plannedVisitorsPerVariant()).isEqualTo(37_675);
    }

    @Test
    void enoughDataOnceTheSmallestVariantReachesThePlan() {
        ExperimentReport oneShort = analyze(CONVERSION_TEN_PERCENT, CONTROL_AT_FOUR_PERCENT, widget(37_674));
        ExperimentReport reached = analyze(CONVERSION_TEN_PERCENT, CONTROL_AT_FOUR_PERCENT, widget(37_675));

        assertThat(oneShort.hasEnoughData()).isFalse();
        assertThat(oneShort.dataMessage()).isEqualTo("Not enough data yet: 37,674 of 37,675 visitors per variant; the result"
                + " is read once, at the planned size (a fixed-horizon test).");
        assertThat(reached.hasEnoughData()).isTrue();
        assertThat(reached.dataMessage()).isEqualTo("Enough data: every variant has reached the planned 37,675 visitors,"
                + " so the result can be read now (a fixed-horizon test).");
    }

    @Test
    void revenuePlanUsesTheControlsPerVisitorVarianceAndTheDefaultFivePercent() {
        // Mean 5 and sample variance 1,000 over 10,000 visitors: Σr² = 1,000 · 9,999 + 50,000² / 10,000.
        VariantSample control = VariantSample.builder("control").control(true).visitors(10_000).converters(500).orders(500)
                .revenue(50_000).revenueSquares(1_000.0 * 9_999 + 250_000).ordersSquares(500).revenueTimesOrders(50_000)
                .build();

        // n = 7.848880 · 2 · 1,000 / (0.05 · 5)² = 251,164.2, rounded up.
        assertThat(analyze(AnalysisSettings.defaults(), control, widget(10_000)).plannedVisitorsPerVariant())
                .isEqualTo(251_165);
    }

    @Test
    void averageOrderValuePlanUsesTheDeltaMethodVariancePerVisitor() {
        VariantSample control = VariantSample.fromVisitors("control", true, 1, new double[] {0, 0, 50, 150},
                new int[] {0, 0, 1, 2}, 1);

        // σ² = Var(r − A·o) / ō² = (5,000/27) / (3/4)² = 329.218; δ = 5 % of 200/3;
        // n = 7.848880 · 2 · 329.218 / 3.3333² = 465.1, rounded up.
        assertThat(analyze(AnalysisSettings.defaults().withPrimaryMetric(Metric.AVERAGE_ORDER_VALUE), control, widget(4))
                .plannedVisitorsPerVariant()).isEqualTo(466);
    }

    @Test
    void noPlanWhileTheControlHasNoConversions() {
        VariantSample control = VariantSample.builder("control").control(true).visitors(300).build();

        ExperimentReport report = analyze(CONVERSION_TEN_PERCENT, control, widget(300));

        assertThat(report.plannedVisitorsPerVariant()).isEqualTo(-1);
        assertThat(report.hasEnoughData()).isFalse();
        assertThat(report.dataMessage()).isEqualTo("Not enough data yet: the planned size can be worked out once the control"
                + " has some conversions; the result is read once, at the planned size (a fixed-horizon test).");
    }

    @Test
    void noPlanWhileEveryControlOrderLooksTheSame() {
        VariantSample control = VariantSample.builder("control").control(true).visitors(300).converters(3).orders(3)
                .attachedOrders(3).build();

        ExperimentReport report = analyze(AnalysisSettings.defaults().withPrimaryMetric(Metric.ATTACH_RATE), control,
                widget(300));

        assertThat(report.plannedVisitorsPerVariant()).isEqualTo(-1);
        assertThat(report.dataMessage()).contains("once the control's attach rate differs between visitors");
    }

    private static VariantSample widget(long visitors) {
        return VariantSample.builder("widget").visitors(visitors).converters(visitors / 25).orders(visitors / 25).build();
    }

    private static ExperimentReport analyze(AnalysisSettings settings, VariantSample... samples) {
        return ExperimentAnalysis.analyze(Arrays.asList(samples), settings);
    }
}
