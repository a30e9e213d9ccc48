package io.crosssell.experiment.analysis;

/**
 * What one variant of an experiment measured: its planned traffic share and the per-visitor sums the
 * statistics need, so the database can aggregate them without handing over every visitor.
 */
public final class VariantSample {

    private final String code;
    private final boolean control;
    private final double weight;
    private final long visitors;
    private final long converters;
    private final long orders;
    private final double revenue;
    private final double revenueSquares;
    private final double ordersSquares;
    private final double revenueTimesOrders;
    private final long attachedOrders;

    private VariantSample(Builder builder) {
        this.code = builder.code;
        this.control = builder.control;
        this.weight = builder.weight;
        this.visitors = builder.visitors;
        this.converters = builder.converters;
        this.orders = builder.orders;
        this.revenue = builder.revenue;
        this.revenueSquares = builder.revenueSquares;
        this.ordersSquares = builder.ordersSquares;
        this.revenueTimesOrders = builder.revenueTimesOrders;
        this.attachedOrders = builder.attachedOrders;
    }

    /** Starts a sample of the variant with this code; every count and sum starts at 0. */
    public static Builder builder(String code) {
        return new Builder(code);
    }

    /**
     * The sample of visitors given one by one: visitor {@code i} spent {@code revenuePerVisitor[i]} in
     * {@code ordersPerVisitor[i]} orders.
     */
    public static VariantSample fromVisitors(String code, boolean control, double weight, double[] revenuePerVisitor,
            int[] ordersPerVisitor, long attachedOrders) {
        if (revenuePerVisitor.length != ordersPerVisitor.length) {
            throw new IllegalArgumentException("Variant " + code + " has revenue for " + revenuePerVisitor.length
                    + " visitors but orders for " + ordersPerVisitor.length + ".");
        }
        long converters = 0;
        long orders = 0;
        double revenue = 0;
        double revenueSquares = 0;
        double ordersSquares = 0;
        double revenueTimesOrders = 0;
        for (int i = 0; i < revenuePerVisitor.length; i++) {
            double r = revenuePerVisitor[i];
            int o = ordersPerVisitor[i];
            if (o > 0) {
                converters++;
            }
            orders += o;
            revenue += r;
            revenueSquares += r * r;
            ordersSquares += (double) o * o;
            revenueTimesOrders += r * o;
        }
        return builder(code).control(control).weight(weight).visitors(revenuePerVisitor.length).converters(converters)
                .orders(orders).revenue(revenue).revenueSquares(revenueSquares).ordersSquares(ordersSquares)
                .revenueTimesOrders(revenueTimesOrders).attachedOrders(attachedOrders).build();
    }

    public String code() {
        return code;
    }

    public boolean isControl() {
        return control;
    }

    /** The planned traffic share, in any positive scale (90 and 10 mean the same as 0.9 and 0.1). */
    public double weight() {
        return weight;
    }

    /** Visitors exposed to the variant. */
    public long visitors() {
        return visitors;
    }

    /** Exposed visitors with at least one order. */
    public long converters() {
        return converters;
    }

    public long orders() {
        return orders;
    }

    /** Σ over visitors of their revenue. */
    public double revenue() {
        return revenue;
    }

    /** Σ over visitors of their revenue squared. */
    public double revenueSquares() {
        return revenueSquares;
    }

    /** Σ over visitors of their order count squared. */
    public double ordersSquares() {
        return ordersSquares;
    }

    /** Σ over visitors of their revenue times their order count. */
    public double revenueTimesOrders() {
        return revenueTimesOrders;
    }

    /** Orders with at least one cross-sell line. */
    public long attachedOrders() {
        return attachedOrders;
    }

    @Override
    public String toString() {
        return code + (control ? " (control)" : "") + ": " + visitors + " visitors, " + converters + " converters, "
                + orders + " orders, revenue " + revenue;
    }

    /** Collects a sample's figures; {@link #build()} checks they fit together. */
    public static final class Builder {

        private final String code;
        private boolean control;
        private double weight = 1;
        private long visitors;
        private long converters;
        private long orders;
        private double revenue;
        private double revenueSquares;
        private double ordersSquares;
        private double revenueTimesOrders;
        private long attachedOrders;

        private Builder(String code) {
            this.code = code;
        }

        public Builder control(boolean control) {
            this.control = control;
            return this;
        }

        public Builder weight(double weight) {
            this.weight = weight;
            return this;
        }

        public Builder visitors(long visitors) {
            this.visitors = visitors;
            return this;
        }

        public Builder converters(long converters) {
            this.converters = converters;
            return this;
        }

        public Builder orders(long orders) {
            this.orders = orders;
            return this;
        }

        public Builder revenue(double revenue) {
            this.revenue = revenue;
            return this;
        }

        public Builder revenueSquares(double revenueSquares) {
            this.revenueSquares = revenueSquares;
            return this;
        }

        public Builder ordersSquares(double ordersSquares) {
            this.ordersSquares = ordersSquares;
            return this;
        }

        public Builder revenueTimesOrders(double revenueTimesOrders) {
            this.revenueTimesOrders = revenueTimesOrders;
            return this;
        }

        public Builder attachedOrders(long attachedOrders) {
            this.attachedOrders = attachedOrders;
            return this;
        }

        public VariantSample build() {
            if (code == null || code.trim().isEmpty()) {
                throw new IllegalArgumentException("A variant needs a code.");
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("Variant " + code + " needs a planned traffic weight above 0, not "
                        + weight + ".");
            }
            if (visitors < 0 || converters < 0 || orders < 0 || attachedOrders < 0) {
                throw new IllegalArgumentException("Variant " + code + " has a negative count.");
            }
            if (converters > visitors) {
                throw new IllegalArgumentException("Variant " + code + " has " + converters + " converters but only "
                        + visitors + " visitors.");
            }
            // Every converter placed at least one order, and no order exists without a converter.
            if (orders < converters || (orders > 0 && converters == 0)) {
                throw new IllegalArgumentException("Variant " + code + " has " + orders + " orders from " + converters
                        + " converters.");
            }
            if (attachedOrders > orders) {
                throw new IllegalArgumentException("Variant " + code + " has " + attachedOrders
                        + " orders with a cross-sell line but only " + orders + " orders.");
            }
            requireFiniteNonNegative(revenue, "revenue");
            requireFiniteNonNegative(revenueSquares, "revenue squares");
            requireFiniteNonNegative(ordersSquares, "order squares");
            requireFiniteNonNegative(revenueTimesOrders, "revenue times orders");
            return new VariantSample(this);
        }

        private void requireFiniteNonNegative(double sum, String name) {
            if (!(sum >= 0) || Double.isInfinite(sum)) {
                throw new IllegalArgumentException("Variant " + code + " has a sum of " + name + " of " + sum
                        + "; it must be a number of 0 or more.");
            }
        }
    }
}
