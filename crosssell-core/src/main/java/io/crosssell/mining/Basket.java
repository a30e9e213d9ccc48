package io.crosssell.mining;

import java.util.Arrays;
import java.util.Objects;

/**
 * One order's distinct products, with the weight the order carries in the statistics (1 unless
 * decayed by age, see {@link MiningThresholds#decayWeight}).
 */
public final class Basket {

    private final long orderId;
    private final long[] productIds;
    private final double weight;

    private Basket(long orderId, double weight, long[] productIds) {
        Objects.requireNonNull(productIds, "productIds");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a finite number > 0, was " + weight);
        }
        this.orderId = orderId;
        this.weight = weight;
        this.productIds = sortedDistinct(productIds);
    }

    /** A basket of weight 1; repeated product ids count once. */
    public static Basket of(long orderId, long... productIds) {
        return new Basket(orderId, 1.0, productIds);
    }

    /** A basket of the given finite, positive weight; repeated product ids count once. */
    public static Basket weighted(long orderId, double weight, long... productIds) {
        return new Basket(orderId, weight, productIds);
    }

    public long orderId() {
        return orderId;
    }

    /** The distinct product ids, ascending (a copy). */
    public long[] productIds() {
        return productIds.clone();
    }

    public double weight() {
        return weight;
    }

    /** The number of distinct products. */
    public int size() {
        return productIds.length;
    }

    public boolean contains(long productId) {
        return Arrays.binarySearch(productIds, productId) >= 0;
    }

    /** The distinct product ids, ascending, without a copy: callers in this package must not modify it. */
    long[] ids() {
        return productIds;
    }

    private static long[] sortedDistinct(long[] ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Basket)) {
            return false;
        }
        Basket that = (Basket) other;
        return orderId == that.orderId
                && Double.compare(weight, that.weight) == 0
                && Arrays.equals(productIds, that.productIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, weight, Arrays.hashCode(productIds));
    }

    @Override
    public String toString() {
        return "Basket{orderId=" + orderId + ", weight=" + weight + ", productIds=" + Arrays.toString(productIds) + '}';
    }
}
