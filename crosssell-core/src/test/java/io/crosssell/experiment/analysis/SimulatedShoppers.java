package io.crosssell.experiment.analysis;

import java.util.SplittableRandom;

/**
 * Shoppers whose true behaviour is known, for checking the analysis against the truth: a share of
 * visitors converts with 1–3 orders (equally likely), every visitor has their own spending level
 * (lognormal) and each order varies around it (lognormal again), so one visitor's orders are correlated
 * as in a real shop. Each order carries a cross-sell line with a fixed chance.
 */
final class SimulatedShoppers {

    static final double MEAN_ORDER_VALUE = 80;
    static final double MEAN_ORDERS_PER_CONVERTER = 2;
    static final double ATTACH_CHANCE = 0.25;
    private static final double SPENDER_SIGMA = 0.6;
    private static final double ORDER_SIGMA = 0.3;
    // Chosen so that an order's expected value, exp(mu + (σ_spender² + σ_order²) / 2), is MEAN_ORDER_VALUE.
    private static final double LOG_MU = Math.log(MEAN_ORDER_VALUE) - (SPENDER_SIGMA * SPENDER_SIGMA + ORDER_SIGMA * ORDER_SIGMA) / 2;

    private final double conversion;
    private final double orderValueFactor;

    private SimulatedShoppers(double conversion, double orderValueFactor) {
        this.conversion = conversion;
        this.orderValueFactor = orderValueFactor;
    }

    /** 4 % convert, orders worth 80 on average. */
    static SimulatedShoppers typical() {
        return new SimulatedShoppers(0.04, 1);
    }

    SimulatedShoppers withConversion(double conversion) {
        return new SimulatedShoppers(conversion, orderValueFactor);
    }

    SimulatedShoppers withOrderValuesTimes(double factor) {
        return new SimulatedShoppers(conversion, orderValueFactor * factor);
    }

    /** The true average order value: order counts do not depend on order values, so it is an order's mean value. */
    double expectedOrderValue() {
        return orderValueFactor * MEAN_ORDER_VALUE;
    }

    double expectedRevenuePerVisitor() {
        return conversion * MEAN_ORDERS_PER_CONVERTER * expectedOrderValue();
    }

    /** The visits of this many shoppers. */
    Visits visit(String code, boolean control, int visitors, SplittableRandom random) {
        double[] revenue = new double[visitors];
        int[] orders = new int[visitors];
        long attached = 0;
        double orderValueSquares = 0;
        for (int i = 0; i < visitors; i++) {
            if (random.nextDouble() >= conversion) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            double spenderLevel = LOG_MU + SPENDER_SIGMA * gaussian(random);
            for (int k = 0; k < count; k++) {
                double value = orderValueFactor * Math.exp(spenderLevel + ORDER_SIGMA * gaussian(random));
                revenue[i] += value;
                orderValueSquares += value * value;
                if (random.nextDouble() < ATTACH_CHANCE) {
                    attached++;
                }
            }
            orders[i] = count;
        }
        return new Visits(VariantSample.fromVisitors(code, control, 1, revenue, orders, attached), orderValueSquares);
    }

    /** A standard normal draw by Box–Muller; SplittableRandom has no nextGaussian before Java 17. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** One simulated variant: its sample, and Σ over orders of their value squared for a per-order comparison. */
    static final class Visits {

        final VariantSample sample;
        final double orderValueSquares;

        Visits(VariantSample sample, double orderValueSquares) {
            this.sample = sample;
            this.orderValueSquares = orderValueSquares;
        }
    }
}
