package io.crosssell.mining;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Changes to co-purchase counts: orders folded in (a positive weight) or taken back out (negative), to be
 * {@linkplain CoPurchaseStatistics#apply applied} to statistics without recounting them. Not thread-safe.
 */
public final class StatisticsDelta {

    final Map<Long, Double> items = new HashMap<Long, Double>();
    /** Pair changes keyed by the lower product id, then the higher. */
    final Map<Long, Map<Long, Double>> pairs = new HashMap<Long, Map<Long, Double>>();
    double baskets;
    boolean fractional;
    private final Set<Long> products = new LinkedHashSet<Long>();

    /**
     * Adds one order's change: its weight on each distinct product and on each pair of them.
     *
     * @param productIds the order's distinct product ids
     * @param weight the order's weight, negative when it is taken back out
     */
    public StatisticsDelta order(long[] productIds, double weight) {
        if (Double.isNaN(weight) || Double.isInfinite(weight) || weight == 0) {
            throw new IllegalArgumentException("An order's change needs a finite weight other than 0, was " + weight);
        }
        long[] ids = Basket.of(0, productIds).ids();
        baskets += weight;
        fractional |= weight != Math.rint(weight);
        for (int x = 0; x < ids.length; x++) {
            products.add(ids[x]);
            add(items, ids[x], weight);
            for (int y = x + 1; y < ids.length; y++) {
                Map<Long, Double> row = pairs.get(ids[x]);
                if (row == null) {
                    row = new HashMap<Long, Double>();
                    pairs.put(ids[x], row);
                }
                add(row, ids[y], weight);
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return products.isEmpty();
    }

    /** The products whose counts this changes. */
    public Set<Long> products() {
        return Collections.unmodifiableSet(products);
    }

    private static void add(Map<Long, Double> counts, long key, double weight) {
        Double before = counts.get(key);
        counts.put(key, before == null ? weight : before + weight);
    }
}
