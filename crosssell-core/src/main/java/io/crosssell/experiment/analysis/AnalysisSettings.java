package io.crosssell.experiment.analysis;

/** How strict an experiment's analysis is and which metric it is planned for; immutable, changed by copies. */
public final class AnalysisSettings {

    private static final AnalysisSettings DEFAULTS = new AnalysisSettings(0.95, 0.80, 0.05, 0.001,
            Metric.REVENUE_PER_VISITOR);

    private final double confidence;
    private final double power;
    private final double minimumDetectableEffect;
    private final double srmAlpha;
    private final Metric primaryMetric;

    private AnalysisSettings(double confidence, double power, double minimumDetectableEffect, double srmAlpha,
            Metric primaryMetric) {
        requireProbability(confidence, "The confidence");
        requireProbability(power, "The power");
        requireProbability(srmAlpha, "The sample-ratio-mismatch threshold");
        if (!(minimumDetectableEffect > 0) || Double.isInfinite(minimumDetectableEffect)) {
            throw new IllegalArgumentException("The minimum detectable effect must be above 0 (0.05 means 5 %), not "
                    + minimumDetectableEffect + ".");
        }
        if (primaryMetric == null) {
            throw new IllegalArgumentException("Choose the primary metric the experiment is planned for.");
        }
        this.confidence = confidence;
        this.power = power;
        this.minimumDetectableEffect = minimumDetectableEffect;
        this.srmAlpha = srmAlpha;
        this.primaryMetric = primaryMetric;
    }

    /** 95 % confidence, 80 % power, a 5 % minimum detectable effect on revenue per visitor, SRM flagged below p = 0.001. */
    public static AnalysisSettings defaults() {
        return DEFAULTS;
    }

    /** The confidence level of the intervals; a difference is significant when p &lt; 1 − confidence. */
    public double confidence() {
        return confidence;
    }

    /** The chance the planned sample size detects a true effect of the minimum detectable size. */
    public double power() {
        return power;
    }

    /** The smallest relative effect worth detecting: 0.05 plans for a 5 % change of the control's mean. */
    public double minimumDetectableEffect() {
        return minimumDetectableEffect;
    }

    /** The p-value below which the visitor split counts as a sample-ratio mismatch. */
    public double srmAlpha() {
        return srmAlpha;
    }

    public Metric primaryMetric() {
        return primaryMetric;
    }

    public AnalysisSettings withConfidence(double confidence) {
        return new AnalysisSettings(confidence, power, minimumDetectableEffect, srmAlpha, primaryMetric);
    }

    public AnalysisSettings withPower(double power) {
        return new AnalysisSettings(confidence, power, minimumDetectableEffect, srmAlpha, primaryMetric);
    }

    public AnalysisSettings withMinimumDetectableEffect(double minimumDetectableEffect) {
        return new AnalysisSettings(confidence, power, minimumDetectableEffect, srmAlpha, primaryMetric);
    }

    public AnalysisSettings withSrmAlpha(double srmAlpha) {
        return new AnalysisSettings(confidence, power, minimumDetectableEffect, srmAlpha, primaryMetric);
    }

    public AnalysisSettings withPrimaryMetric(Metric primaryMetric) {
        return new AnalysisSettings(confidence, power, minimumDetectableEffect, srmAlpha, primaryMetric);
    }

    /** z_{1−α/2}: how many standard errors the confidence interval reaches either side. */
    double intervalZ() {
        return Normal.quantile(1 - (1 - confidence) / 2);
    }

    @Override
    public String toString() {
        return "confidence " + confidence + ", power " + power + ", minimum detectable effect " + minimumDetectableEffect
                + ", SRM alpha " + srmAlpha + ", primary metric " + primaryMetric;
    }

    private static void requireProbability(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must lie between 0 and 1 (exclusive), not " + value + ".");
        }
    }
}
