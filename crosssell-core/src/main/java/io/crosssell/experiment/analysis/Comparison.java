package io.crosssell.experiment.analysis;

/**
 * One metric of a variant against the control: the absolute difference and the relative lift with their
 * confidence intervals, and the two-sided p-value of a z test on the difference.
 */
public final class Comparison {

    private final Estimate difference;
    private final Estimate relativeLift;
    private final double pValue;
    private final double alpha;

    private Comparison(Estimate difference, Estimate relativeLift, double pValue, double alpha) {
        this.difference = difference;
        this.relativeLift = relativeLift;
        this.pValue = pValue;
        this.alpha = alpha;
    }

    /**
     * The treatment against the control, the two measured on independent groups of visitors. The test uses
     * unpooled variances, so it stays valid when the variant changes the spread as well as the mean. The
     * lift's standard error comes from the delta method for a ratio of two independent means:
     * Var(t/c) ≈ Var(t)/c² + t²·Var(c)/c⁴.
     */
    static Comparison of(Estimate treatment, Estimate control, AnalysisSettings settings) {
        double alpha = 1 - settings.confidence();
        if (!treatment.isAvailable() || !control.isAvailable()) {
            return new Comparison(Estimate.unavailable(), Estimate.unavailable(), 1, alpha);
        }
        double z = settings.intervalZ();
        double t = treatment.value();
        double c = control.value();
        double differenceError = Math.hypot(treatment.standardError(), control.standardError());
        Estimate difference = Estimate.normal(t - c, differenceError, z);
        Estimate lift = c == 0 ? Estimate.unavailable()
                : Estimate.normal(t / c - 1, Math.hypot(treatment.standardError() / c,
                        t * control.standardError() / (c * c)), z);
        return new Comparison(difference, lift, pValue(t - c, differenceError), alpha);
    }

    private static double pValue(double difference, double standardError) {
        if (standardError == 0) {
            // Every visitor of both groups behaved alike, so the difference is exact rather than estimated.
            return difference == 0 ? 1 : 0;
        }
        return Normal.twoSidedPValue(difference / standardError);
    }

    /** Treatment minus control, in the metric's unit. */
    public Estimate difference() {
        return difference;
    }

    /** Treatment ÷ control − 1: 0.10 is a 10 % uplift. Unavailable while the control's value is 0. */
    public Estimate relativeLift() {
        return relativeLift;
    }

    /** The two-sided p-value of "no difference"; 1 when there is nothing to compare. */
    public double pValue() {
        return pValue;
    }

    /** Whether p &lt; 1 − confidence. */
    public boolean isSignificant() {
        return pValue < alpha;
    }

    @Override
    public String toString() {
        return "difference " + difference + ", lift " + relativeLift + ", p = " + pValue;
    }
}
