package io.crosssell.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Estimates and comparisons of small samples checked against arithmetic done by hand. */
class VariantEstimatesTest {

    private static final double Z95 = 1.959963984540054;

    /** Four visitors: two bought nothing, one spent 50 in one order, one spent 150 in two orders; one order attached. */
    private static final VariantSample FOUR_VISITORS = VariantSample.fromVisitors("control", true, 1,
            new double[] {0, 0, 50, 150}, new int[] {0, 0, 1, 2}, 1);

    @Test
    void fromVisitorsAddsUpTheSumsTheDatabaseWouldSend() {
        VariantSample sample = VariantSample.fromVisitors("widget", false, 10, new double[] {10, 0, 30}, new int[] {1, 0, 2}, 2);

        assertThat(sample.visitors()).isEqualTo(3);
        assertThat(sample.converters()).isEqualTo(2);
        assertThat(sample.orders()).isEqualTo(3);
        assertThat(sample.revenue()).isEqualTo(40);
        assertThat(sample.revenueSquares()).isEqualTo(100 + 900);
        assertThat(sample.ordersSquares()).isEqualTo(1 + 4);
        assertThat(sample.revenueTimesOrders()).isEqualTo(10 + 60);
        assertThat(sample.attachedOrders()).isEqualTo(2);
        assertThat(sample.weight()).isEqualTo(10);
    }

    @Test
    void conversionRateAndRevenuePerVisitorMatchTheTextbookFormulas() {
        VariantResult control = controlOf(FOUR_VISITORS);

        // p = 2/4, SE = √(p(1 − p)/n) = √(0.25/4).
        assertThat(control.conversionRate().value()).isEqualTo(0.5);
        assertThat(control.conversionRate().standardError()).isCloseTo(0.25, within(1e-12));
        // Mean 50; sample variance ((−50)² + (−50)² + 0² + 100²)/3 = 5,000; SE = √(5,000/4).
        assertThat(control.revenuePerVisitor().value()).isEqualTo(50);
        assertThat(control.revenuePerVisitor().standardError()).isCloseTo(35.35533905932738, within(1e-9));
        assertThat(control.revenuePerVisitor().lower()).isCloseTo(50 - Z95 * 35.35533905932738, within(1e-9));
        assertThat(control.revenuePerVisitor().upper()).isCloseTo(50 + Z95 * 35.35533905932738, within(1e-9));
    }

    @Test
    void averageOrderValueErrorIsTakenOverVisitorsByTheDeltaMethod() {
        VariantResult control = controlOf(FOUR_VISITORS);

        // A = 200/3. The residuals r − A·o per visitor are 0, 0, −50/3, +50/3, with sample variance
        // 2·(50/3)²/3 = 5,000/27; SE = √(5,000/27 / 4) / ō with ō = 3/4 orders per visitor.
        assertThat(control.averageOrderValue().value()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(control.averageOrderValue().standardError()).isCloseTo(9.072184232530288, within(1e-9));
    }

    @Test
    void attachRateIsAShareOfOrders() {
        VariantResult control = controlOf(FOUR_VISITORS);

        // 1 of 3 orders, SE = √((1/3)(2/3)/3).
        assertThat(control.attachRate().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(control.attachRate().standardError()).isCloseTo(0.2721655269759087, within(1e-12));
    }

    @Test
    void variantIsComparedWithTheControlByAnUnpooledZTestAndADeltaMethodLift() {
        VariantSample control = VariantSample.builder("control").control(true).visitors(10_000).converters(400).orders(400)
                .build();
        VariantSample widget = VariantSample.builder("widget").visitors(10_000).converters(480).orders(480).build();

        Comparison conversion = ExperimentAnalysis.analyze(Arrays.asList(control, widget), AnalysisSettings.defaults())
                .result("widget").comparison(Metric.CONVERSION_RATE);

        // Difference 0.048 − 0.040; SE = √(0.04·0.96/10,000 + 0.048·0.952/10,000) = 0.0029; z = 2.7587.
        assertThat(conversion.difference().value()).isCloseTo(0.008, within(1e-12));
        assertThat(conversion.difference().standardError()).isCloseTo(0.0028999310336626973, within(1e-12));
        assertThat(conversion.pValue()).isCloseTo(0.005803421591425167, within(1e-9));
        assertThat(conversion.isSignificant()).isTrue();
        // Lift 0.048/0.04 − 1 = 0.2; SE = √(SE_t²/c² + t²·SE_c²/c⁴) = 0.0794.
        assertThat(conversion.relativeLift().value()).isCloseTo(0.2, within(1e-12));
        assertThat(conversion.relativeLift().standardError()).isCloseTo(0.07944809626416482, within(1e-12));
        assertThat(ExperimentAnalysis.analyze(Arrays.asList(control, widget), AnalysisSettings.defaults().withConfidence(0.999))
                .result("widget").comparison(Metric.CONVERSION_RATE).isSignificant()).isFalse();
    }

    @Test
    void resultsComeInTheOrderOfTheSamplesWithComparisonsOnlyForVariants() {
        VariantSample holdout = VariantSample.builder("holdout").weight(10).visitors(100).converters(3).orders(3).revenue(240)
                .revenueSquares(19_200).ordersSquares(3).revenueTimesOrders(240).build();
        VariantSample control = VariantSample.builder("control").control(true).weight(90).visitors(900).converters(40)
                .orders(40).revenue(3_200).revenueSquares(256_000).ordersSquares(40).revenueTimesOrders(3_200).build();

        ExperimentReport report = ExperimentAnalysis.analyze(Arrays.asList(holdout, control), AnalysisSettings.defaults());

        assertThat(report.results()).extracting(VariantResult::code).containsExactly("holdout", "control");
        assertThat(report.control().code()).isEqualTo("control");
        assertThat(report.control().comparisons()).isEmpty();
        assertThat(report.result("holdout").comparisons()).containsOnlyKeys(Metric.values());
    }

    private static VariantResult controlOf(VariantSample control) {
        VariantSample other = VariantSample.fromVisitors("widget", false, 1, new double[] {0, 20}, new int[] {0, 1}, 0);
        return ExperimentAnalysis.analyze(Arrays.asList(control, other), AnalysisSettings.defaults()).control();
    }
}
