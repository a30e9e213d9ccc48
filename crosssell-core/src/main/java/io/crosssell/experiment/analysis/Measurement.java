package io.crosssell.experiment.analysis;

/**
 * One metric of one variant as a mean and a variance per visitor, so that its squared standard error is
 * variancePerVisitor / visitors for every metric alike and the planned sample size can be counted in visitors.
 */
final class Measurement {

    private static final Measurement UNAVAILABLE = new Measurement(0, 0, false);

    private final double value;
    private final double variancePerVisitor;
    private final boolean available;

    private Measurement(double value, double variancePerVisitor, boolean available) {
        this.value = value;
        // Sums of squares minus squared sums can come out a rounding error below 0.
        this.variancePerVisitor = Math.max(0, variancePerVisitor);
        this.available = available;
    }

    static Measurement of(Metric metric, VariantSample sample) {
        switch (metric) {
            case CONVERSION_RATE:
                return conversionRate(sample);
            case REVENUE_PER_VISITOR:
                return revenuePerVisitor(sample);
            case AVERAGE_ORDER_VALUE:
                return averageOrderValue(sample);
            case ATTACH_RATE:
                return attachRate(sample);
            default:
                throw new IllegalArgumentException("No measurement for " + metric);
        }
    }

    /** A share of visitors: the Bernoulli variance p(1 − p). */
    private static Measurement conversionRate(VariantSample sample) {
        if (sample.visitors() == 0) {
            return UNAVAILABLE;
        }
        double p = (double) sample.converters() / sample.visitors();
        return new Measurement(p, p * (1 - p), true);
    }

    /** The mean of per-visitor revenue with its sample variance; a variance needs two visitors. */
    private static Measurement revenuePerVisitor(VariantSample sample) {
        long n = sample.visitors();
        if (n < 2) {
            return UNAVAILABLE;
        }
        return new Measurement(sample.revenue() / n, covariance(n, sample.revenueSquares(), sample.revenue(), sample.revenue()),
                true);
    }

    /**
     * Revenue per visitor over orders per visitor, a ratio of two per-visitor means. The orders of one
     * visitor are not independent (a big spender places several big orders), so the variance is taken
     * over visitors by the delta method rather than over orders:
     * σ² = (Var r − 2·A·Cov(r, o) + A²·Var o) / ō², A = r̄ / ō.
     */
    private static Measurement averageOrderValue(VariantSample sample) {
        long n = sample.visitors();
        if (n < 2 || sample.orders() == 0) {
            return UNAVAILABLE;
        }
        double aov = sample.revenue() / sample.orders();
        double meanOrders = (double) sample.orders() / n;
        double revenueVariance = covariance(n, sample.revenueSquares(), sample.revenue(), sample.revenue());
        double ordersVariance = covariance(n, sample.ordersSquares(), sample.orders(), sample.orders());
        double revenueOrdersCovariance = covariance(n, sample.revenueTimesOrders(), sample.revenue(), sample.orders());
        double variance = (revenueVariance - 2 * aov * revenueOrdersCovariance + aov * aov * ordersVariance)
                / (meanOrders * meanOrders);
        return new Measurement(aov, variance, true);
    }

    /**
     * A share of orders with the Bernoulli variance a(1 − a) per order, which assumes orders attach
     * independently of each other; only the order totals reach the analysis, so a shopper who attaches on
     * every order cannot be told apart. Per visitor that is a(1 − a) divided by the orders per visitor.
     */
    private static Measurement attachRate(VariantSample sample) {
        if (sample.orders() == 0) {
            return UNAVAILABLE;
        }
        double a = (double) sample.attachedOrders() / sample.orders();
        double ordersPerVisitor = (double) sample.orders() / sample.visitors();
        return new Measurement(a, a * (1 - a) / ordersPerVisitor, true);
    }

    /** The sample covariance (n − 1 divisor) of x and y over n visitors from Σxy, Σx and Σy. */
    private static double covariance(long n, double sumOfProducts, double sumX, double sumY) {
        return (sumOfProducts - sumX * sumY / n) / (n - 1);
    }

    double value() {
        return value;
    }

    double variancePerVisitor() {
        return variancePerVisitor;
    }

    boolean isAvailable() {
        return available;
    }

    Estimate estimate(long visitors, double z) {
        return available ? Estimate.normal(value, Math.sqrt(variancePerVisitor / visitors), z) : Estimate.unavailable();
    }
}
