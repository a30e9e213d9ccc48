package io.crosssell.experiment.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One variant's figures with their confidence intervals and, unless it is the control, each metric
 * compared with the control. A figure is unavailable ("no data") until its denominator exists: a
 * visitor for the conversion rate, two visitors for revenue per visitor (its variance needs them), two
 * visitors and an order for the average order value, an order for the attach rate.
 */
public final class VariantResult {

    private final VariantSample sample;
    private final Map<Metric, Estimate> estimates;
    private final Map<Metric, Comparison> comparisons;

    VariantResult(VariantSample sample, Map<Metric, Estimate> estimates, Map<Metric, Comparison> comparisons) {
        this.sample = sample;
        this.estimates = Collections.unmodifiableMap(new EnumMap<Metric, Estimate>(estimates));
        this.comparisons = comparisons.isEmpty() ? Collections.<Metric, Comparison>emptyMap()
                : Collections.unmodifiableMap(new EnumMap<Metric, Comparison>(comparisons));
    }

    public VariantSample sample() {
        return sample;
    }

    public String code() {
        return sample.code();
    }

    public boolean isControl() {
        return sample.isControl();
    }

    /** Converters ÷ visitors. */
    public Estimate conversionRate() {
        return estimate(Metric.CONVERSION_RATE);
    }

    /** The mean of per-visitor revenue, its standard error from the per-visitor variance. */
    public Estimate revenuePerVisitor() {
        return estimate(Metric.REVENUE_PER_VISITOR);
    }

    /** Revenue ÷ orders as a ratio of per-visitor means, its standard error by the delta method over visitors. */
    public Estimate averageOrderValue() {
        return estimate(Metric.AVERAGE_ORDER_VALUE);
    }

    /** Attached orders ÷ orders, its standard error from a normal approximation that takes orders as independent. */
    public Estimate attachRate() {
        return estimate(Metric.ATTACH_RATE);
    }

    public Estimate estimate(Metric metric) {
        return estimates.get(metric);
    }

    /** Every metric against the control; empty for the control itself. */
    public Map<Metric, Comparison> comparisons() {
        return comparisons;
    }

    /** This metric against the control. */
    public Comparison comparison(Metric metric) {
        if (sample.isControl()) {
            throw new IllegalStateException(sample.code() + " is the control; it is not compared with itself.");
        }
        return comparisons.get(metric);
    }

    @Override
    public String toString() {
        return sample.code() + ": " + estimates + (comparisons.isEmpty() ? "" : " vs control " + comparisons);
    }
}
