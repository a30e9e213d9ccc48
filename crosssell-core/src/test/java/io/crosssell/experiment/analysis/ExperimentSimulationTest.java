package io.crosssell.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The report checked against simulated shoppers whose true difference is known: over many seeded runs its
 * tests must be wrong as often as their error rates promise, and no more often.
 */
class ExperimentSimulationTest {

    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults();
    private static final double NOMINAL_ALPHA = 0.05;

    static final int AA_RUNS = 2_000;
    static final int AA_VISITORS = 5_000;
    static final int PLANTED_RUNS = 2_000;
    static final int PLANTED_VISITORS = 40_000;

    @Test
    void aaTestsFindADifferenceInFivePercentOfRunsOnEveryMetric() {
        Map<Metric, Double> rates = aaFalsePositiveRates(20240611L);

        // Three binomial standard errors of a 5 % rate over the runs: ±1.46 points for 2,000 runs.
        double tolerance = 3 * Math.sqrt(NOMINAL_ALPHA * (1 - NOMINAL_ALPHA) / AA_RUNS);
        for (Metric metric : Metric.values()) {
            assertThat(rates.get(metric)).as("A/A false-positive rate of %s", metric.label())
                    .isCloseTo(NOMINAL_ALPHA, within(tolerance));
        }
    }

    @Test
    void relativeLiftIntervalCoversAPlantedTenPercentUpliftInNinetyFivePercentOfRuns() {
        SimulatedShoppers control = SimulatedShoppers.typical();
        SimulatedShoppers treatment = control.withOrderValuesTimes(1.10);
        double trueLift = treatment.expectedRevenuePerVisitor() / control.expectedRevenuePerVisitor() - 1;
        assertThat(trueLift).isCloseTo(0.10, within(1e-12));

        assertThat(liftCoverage(control, treatment, trueLift, 7L)).isBetween(0.93, 0.97);
    }

    @Test
    void averageOrderValueIntervalCoversTheTrueDifferenceWhereAPerOrderIntervalWouldNot() {
        // The widget lifts order values by 8 % but costs some conversions; the AOV must see only the former.
        SimulatedShoppers control = SimulatedShoppers.typical();
        SimulatedShoppers treatment = control.withOrderValuesTimes(1.08).withConversion(0.038);
        double trueDifference = treatment.expectedOrderValue() - control.expectedOrderValue();

        double[] coverage = averageOrderValueCoverage(control, treatment, trueDifference, 11L);

        assertThat(coverage[0]).as("delta-method coverage").isBetween(0.93, 0.97);
        // Treating orders as independent understates the spread, because one shopper's orders move together.
        assertThat(coverage[1]).as("per-order coverage").isLessThan(0.90);
    }

    static Map<Metric, Double> aaFalsePositiveRates(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SimulatedShoppers shoppers = SimulatedShoppers.typical();
        int[] significant = new int[Metric.values().length];
        for (int run = 0; run < AA_RUNS; run++) {
            VariantResult variant = analyze(shoppers.visit("control", true, AA_VISITORS, random).sample,
                    shoppers.visit("widget", false, AA_VISITORS, random).sample).result("widget");
            for (Metric metric : Metric.values()) {
                if (variant.comparison(metric).pValue() < NOMINAL_ALPHA) {
                    significant[metric.ordinal()]++;
                }
            }
        }
        Map<Metric, Double> rates = new EnumMap<Metric, Double>(Metric.class);
        for (Metric metric : Metric.values()) {
            rates.put(metric, (double) significant[metric.ordinal()] / AA_RUNS);
        }
        return rates;
    }

    static double liftCoverage(SimulatedShoppers control, SimulatedShoppers treatment, double trueLift, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int covered = 0;
        for (int run = 0; run < PLANTED_RUNS; run++) {
            Comparison comparison = analyze(control.visit("control", true, PLANTED_VISITORS, random).sample,
                    treatment.visit("widget", false, PLANTED_VISITORS, random).sample).result("widget")
                    .comparison(Metric.REVENUE_PER_VISITOR);
            if (comparison.relativeLift().covers(trueLift)) {
                covered++;
            }
        }
        return (double) covered / PLANTED_RUNS;
    }

    /** The coverage of the report's AOV difference interval, then of one that takes every order as independent. */
    static double[] averageOrderValueCoverage(SimulatedShoppers control, SimulatedShoppers treatment,
            double trueDifference, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double z = SETTINGS.intervalZ();
        int covered = 0;
        int coveredPerOrder = 0;
        for (int run = 0; run < PLANTED_RUNS; run++) {
            SimulatedShoppers.Visits controlVisits = control.visit("control", true, PLANTED_VISITORS, random);
            SimulatedShoppers.Visits treatmentVisits = treatment.visit("widget", false, PLANTED_VISITORS, random);
            Comparison comparison = analyze(controlVisits.sample, treatmentVisits.sample).result("widget")
                    .comparison(Metric.AVERAGE_ORDER_VALUE);
            if (comparison.difference().covers(trueDifference)) {
                covered++;
            }
            double perOrderError = Math.hypot(perOrderStandardError(treatmentVisits), perOrderStandardError(controlVisits));
            if (Math.abs(comparison.difference().value() - trueDifference) <= z * perOrderError) {
                coveredPerOrder++;
            }
        }
        return new double[] {(double) covered / PLANTED_RUNS, (double) coveredPerOrder / PLANTED_RUNS};
    }

    private static double perOrderStandardError(SimulatedShoppers.Visits visits) {
        double orders = visits.sample.orders();
        double mean = visits.sample.revenue() / orders;
        double variance = (visits.orderValueSquares - orders * mean * mean) / (orders - 1);
        return Math.sqrt(variance / orders);
    }

    private static ExperimentReport analyze(VariantSample... samples) {
        return ExperimentAnalysis.analyze(Arrays.asList(samples), SETTINGS);
    }
}
