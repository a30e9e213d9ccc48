package io.crosssell.experiment.analysis;

import java.util.Locale;

/**
 * The planned visitors per variant of a fixed-horizon test on the primary metric, and whether every
 * variant has reached them: n = (z_{1−α/2} + z_power)² · 2σ² / δ², δ = MDE × the control's mean, σ² the
 * control's variance per visitor (see {@link #plannedVisitors}).
 */
final class SampleSizePlan {

    private static final String FIXED_HORIZON = "the result is read once, at the planned size (a fixed-horizon test).";

    private final long plannedVisitors;
    private final boolean enoughData;
    private final String message;

    private SampleSizePlan(long plannedVisitors, boolean enoughData, String message) {
        this.plannedVisitors = plannedVisitors;
        this.enoughData = enoughData;
        this.message = message;
    }

    static SampleSizePlan of(Measurement controlPrimary, long fewestVisitors, AnalysisSettings settings) {
        long planned = plannedVisitors(controlPrimary, settings);
        if (planned < 0) {
            return new SampleSizePlan(planned, false, "Not enough data yet: the planned size can be worked out once "
                    + missing(controlPrimary, settings.primaryMetric()) + "; " + FIXED_HORIZON);
        }
        if (fewestVisitors < planned) {
            return new SampleSizePlan(planned, false, "Not enough data yet: " + count(fewestVisitors) + " of "
                    + count(planned) + " visitors per variant; " + FIXED_HORIZON);
        }
        return new SampleSizePlan(planned, true, "Enough data: every variant has reached the planned " + count(planned)
                + " visitors, so the result can be read now (a fixed-horizon test).");
    }

    /**
     * The textbook two-sample size for equal groups, rounded up; −1 while the control's mean or variance
     * is 0. σ² is p(1 − p) for the conversion rate, the sample variance of per-visitor revenue for revenue
     * per visitor, the delta-method variance per visitor for the average order value, and a(1 − a) ÷ orders
     * per visitor for the attach rate, so that the answer is always in visitors.
     */
    static long plannedVisitors(Measurement controlPrimary, AnalysisSettings settings) {
        if (!controlPrimary.isAvailable() || controlPrimary.value() == 0 || controlPrimary.variancePerVisitor() == 0) {
            return -1;
        }
        double zSum = settings.intervalZ() + Normal.quantile(settings.power());
        double delta = settings.minimumDetectableEffect() * controlPrimary.value();
        return (long) Math.ceil(zSum * zSum * 2 * controlPrimary.variancePerVisitor() / (delta * delta));
    }

    private static String missing(Measurement controlPrimary, Metric metric) {
        if (controlPrimary.isAvailable() && controlPrimary.value() > 0) {
            return "the control's " + metric.label() + " differs between visitors";
        }
        switch (metric) {
            case CONVERSION_RATE:
                return "the control has some conversions";
            case REVENUE_PER_VISITOR:
                return "the control has some revenue";
            case AVERAGE_ORDER_VALUE:
                return "the control has some orders";
            default:
                return "the control has some orders with a cross-sell line";
        }
    }

    private static String count(long visitors) {
        return String.format(Locale.ROOT, "%,d", visitors);
    }

    long plannedVisitors() {
        return plannedVisitors;
    }

    boolean hasEnoughData() {
        return enoughData;
    }

    String message() {
        return message;
    }
}
