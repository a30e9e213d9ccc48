package io.crosssell.mining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable snapshot of co-purchase counts: how many (weighted) orders hold each product and each
 * pair of products, with support, confidence and lift derived from them.
 *
 * <p>Products are numbered by ascending id and each keeps its partners as a sorted adjacency row, so a
 * pair is found by binary search and a product's associations are read from its own row alone.
 *
 * <p>{@link #apply(StatisticsDelta)} gives new statistics that share these arrays and keep the changed counts
 * beside them, so staying current costs what changed rather than a copy of every count; once the changes
 * reach an eighth of the pairs (at least {@value #COMPACT_MIN_PAIRS}) they are folded into new arrays.
 */
public final class CoPurchaseStatistics {

    /** Receives each pair once, {@code a < b}. */
    @FunctionalInterface
    public interface PairVisitor {
        void visit(long a, long b, double count);
    }

    /** Receives each product with the (weighted) number of orders holding it. */
    @FunctionalInterface
    public interface ItemVisitor {
        void visit(long productId, double count);
    }

    private static final CoPurchaseStatistics EMPTY = new CoPurchaseStatistics(new long[0], new double[0], 0,
            false, AdjacencyRows.none());

    private final long[] productIds;
    private final double[] itemCounts;
    private final double basketCount;
    private final boolean weighted;
    private final AdjacencyRows rows;
    /** Counts changed since the arrays were built; null when none. */
    private final Overlay overlay;
    private volatile CoPurchaseStatistics compacted;

    /** Changed pairs kept beside the arrays before they are folded into new ones, at least. */
    static final int COMPACT_MIN_PAIRS = 50000;
    /** Counts at or below this are empty: what is left of adding and taking off the same weights in floating point. */
    static final double EMPTY_COUNT = 1e-9;

    /**
     * Takes ownership of the arrays: {@code productIds} ascending and distinct, counts and rows by the
     * same index.
     */
    CoPurchaseStatistics(long[] productIds, double[] itemCounts, double basketCount, boolean weighted,
            AdjacencyRows rows) {
        this.productIds = productIds;
        this.itemCounts = itemCounts;
        this.basketCount = basketCount;
        this.weighted = weighted;
        this.rows = rows;
        this.overlay = null;
    }

    /** The previous statistics' arrays with changed counts beside them. */
    private CoPurchaseStatistics(CoPurchaseStatistics previous, Overlay overlay, double basketCount, boolean weighted) {
        this.productIds = previous.productIds;
        this.itemCounts = previous.itemCounts;
        this.rows = previous.rows;
        this.basketCount = basketCount;
        this.weighted = weighted;
        this.overlay = overlay;
    }

    /** Absolute counts of the products and pairs changed since the arrays were built. Never modified once attached. */
    private static final class Overlay {
        final Map<Long, Double> items;
        /** Each changed pair from both sides: product, then partner. */
        final Map<Long, Map<Long, Double>> rows;
        /** Changed pairs, each counted once. */
        final long pairs;

        Overlay(Map<Long, Double> items, Map<Long, Map<Long, Double>> rows, long pairs) {
            this.items = items;
            this.rows = rows;
            this.pairs = pairs;
        }

        Double pair(long a, long b) {
            Map<Long, Double> row = rows.get(a);
            return row == null ? null : row.get(b);
        }
    }

    /**
     * These statistics with the changes applied: the counts equal those of mining the orders counted here plus the
     * delta's folded-in orders, minus its taken-out ones (up to floating-point rounding). This instance is unchanged.
     */
    public CoPurchaseStatistics apply(StatisticsDelta delta) {
        Objects.requireNonNull(delta, "delta");
        if (delta.isEmpty()) {
            return this;
        }
        Map<Long, Double> items = overlay == null ? new HashMap<Long, Double>() : new HashMap<Long, Double>(overlay.items);
        Map<Long, Map<Long, Double>> changedRows = overlay == null ? new HashMap<Long, Map<Long, Double>>()
                : new HashMap<Long, Map<Long, Double>>(overlay.rows);
        long changedPairs = overlay == null ? 0 : overlay.pairs;
        Set<Long> copied = new HashSet<Long>();
        for (Map.Entry<Long, Double> item : delta.items.entrySet()) {
            items.put(item.getKey(), itemCount(item.getKey()) + item.getValue());
        }
        for (Map.Entry<Long, Map<Long, Double>> row : delta.pairs.entrySet()) {
            long a = row.getKey();
            for (Map.Entry<Long, Double> pair : row.getValue().entrySet()) {
                long b = pair.getKey();
                double count = pairCount(a, b) + pair.getValue();
                if (overlay == null || overlay.pair(a, b) == null) {
                    changedPairs++;
                }
                writableRow(changedRows, copied, a).put(b, count);
                writableRow(changedRows, copied, b).put(a, count);
            }
        }
        CoPurchaseStatistics next = new CoPurchaseStatistics(this, new Overlay(items, changedRows, changedPairs),
                Math.max(0.0, basketCount + delta.baskets), weighted || delta.fractional);
        return changedPairs > Math.max(COMPACT_MIN_PAIRS, rows.entries() / 16) ? next.compacted() : next;
    }

    /** The row of the product in the new overlay, copied from the old one the first time it is written. */
    private static Map<Long, Double> writableRow(Map<Long, Map<Long, Double>> rows, Set<Long> copied, long product) {
        Map<Long, Double> row = rows.get(product);
        if (copied.add(product)) {
            row = row == null ? new HashMap<Long, Double>() : new HashMap<Long, Double>(row);
            rows.put(product, row);
        }
        return row;
    }

    /** The products bought together with this one at least once. */
    public Set<Long> partnersOf(long productId) {
        Set<Long> partners = new LinkedHashSet<Long>();
        int i = baseIndex(productId);
        if (i >= 0) {
            int[] row = rows.partners(i);
            for (int k = rows.offset(i), end = k + rows.length(i); k < end; k++) {
                partners.add(productIds[row[k]]);
            }
        }
        Map<Long, Double> changed = overlay == null ? null : overlay.rows.get(productId);
        if (changed != null) {
            for (Map.Entry<Long, Double> pair : changed.entrySet()) {
                if (pair.getValue() <= EMPTY_COUNT) {
                    partners.remove(pair.getKey());
                } else {
                    partners.add(pair.getKey());
                }
            }
        }
        return partners;
    }

    /** The same counts in arrays of their own, without changes beside them; this instance when it has none. */
    CoPurchaseStatistics compacted() {
        if (overlay == null) {
            return this;
        }
        CoPurchaseStatistics done = compacted;
        if (done != null) {
            return done;
        }
        Builder builder = new Builder(basketCount);
        for (int i = 0; i < productIds.length; i++) {
            double count = itemCount(productIds[i]);
            if (count > EMPTY_COUNT) {
                builder.item(productIds[i], count);
            }
        }
        for (Map.Entry<Long, Double> item : overlay.items.entrySet()) {
            if (baseIndex(item.getKey()) < 0 && item.getValue() > EMPTY_COUNT) {
                builder.item(item.getKey(), item.getValue());
            }
        }
        for (int i = 0; i < productIds.length; i++) {
            int[] partners = rows.partners(i);
            double[] counts = rows.counts(i);
            for (int k = rows.offset(i), end = k + rows.length(i); k < end; k++) {
                if (partners[k] > i) {
                    Double changed = overlay.pair(productIds[i], productIds[partners[k]]);
                    double count = changed == null ? counts[k] : changed;
                    if (count > EMPTY_COUNT) {
                        builder.pair(productIds[i], productIds[partners[k]], count);
                    }
                }
            }
        }
        for (Map.Entry<Long, Map<Long, Double>> row : overlay.rows.entrySet()) {
            long a = row.getKey();
            for (Map.Entry<Long, Double> pair : row.getValue().entrySet()) {
                long b = pair.getKey();
                if (a < b && !inBase(a, b) && pair.getValue() > EMPTY_COUNT) {
                    builder.pair(a, b, pair.getValue());
                }
            }
        }
        done = builder.build();
        compacted = done;
        return done;
    }

    private boolean inBase(long a, long b) {
        int i = baseIndex(a);
        int j = baseIndex(b);
        return i >= 0 && j >= 0 && rows.count(i, j) != 0;
    }

    /** Statistics of no orders at all. */
    public static CoPurchaseStatistics empty() {
        return EMPTY;
    }

    /**
     * Starts statistics from counts kept elsewhere, e.g. read back from a database.
     *
     * @param basketCount the (weighted) number of orders the counts cover
     */
    public static Builder builder(double basketCount) {
        return new Builder(basketCount);
    }

    /** The (weighted) number of orders counted. */
    public double basketCount() {
        return basketCount;
    }

    /** True when some order counted with a weight other than 1 (decay). */
    public boolean isWeighted() {
        return weighted;
    }

    /** The (weighted) number of orders holding the product; 0 if unknown. */
    public double itemCount(long productId) {
        if (overlay != null) {
            Double changed = overlay.items.get(productId);
            if (changed != null) {
                return changed <= EMPTY_COUNT ? 0.0 : changed;
            }
        }
        int i = baseIndex(productId);
        return i < 0 ? 0.0 : itemCounts[i];
    }

    /** The (weighted) number of orders holding both products, in either order; 0 if none or {@code a == b}. */
    public double pairCount(long a, long b) {
        if (overlay != null && a != b) {
            Double changed = overlay.pair(a, b);
            if (changed != null) {
                return changed <= EMPTY_COUNT ? 0.0 : changed;
            }
        }
        int i = baseIndex(a);
        int j = baseIndex(b);
        return i < 0 || j < 0 || i == j ? 0.0 : rows.count(i, j);
    }

    /** The share of all orders holding both products. */
    public double support(long a, long b) {
        return basketCount == 0 ? 0.0 : pairCount(a, b) / basketCount;
    }

    /** The share of the orders holding {@code from} that also hold {@code to}. */
    public double confidence(long from, long to) {
        double pair = pairCount(from, to);
        return pair == 0 ? 0.0 : pair / itemCount(from);
    }

    /** Observed over chance co-occurrence: {@code pairCount * basketCount / (itemCount(a) * itemCount(b))}. */
    public double lift(long a, long b) {
        double pair = pairCount(a, b);
        return pair == 0 ? 0.0 : lift(pair, itemCount(a), itemCount(b));
    }

    public int distinctItems() {
        return overlay != null ? compacted().distinctItems() : productIds.length;
    }

    /** The number of distinct pairs bought together at least once. */
    public long distinctPairs() {
        return overlay != null ? compacted().distinctPairs() : rows.entries() / 2;
    }

    /** Visits every pair once, by ascending {@code a} then {@code b}, with {@code a < b}. */
    public void forEachPair(PairVisitor visitor) {
        if (overlay != null) {
            compacted().forEachPair(visitor);
            return;
        }
        for (int i = 0; i < productIds.length; i++) {
            int[] partners = rows.partners(i);
            double[] counts = rows.counts(i);
            int end = rows.offset(i) + rows.length(i);
            int k = -Arrays.binarySearch(partners, rows.offset(i), end, i) - 1;
            for (; k < end; k++) {
                visitor.visit(productIds[i], productIds[partners[k]], counts[k]);
            }
        }
    }

    /** Visits every product by ascending id. */
    public void forEachItem(ItemVisitor visitor) {
        if (overlay != null) {
            compacted().forEachItem(visitor);
            return;
        }
        for (int i = 0; i < productIds.length; i++) {
            visitor.visit(productIds[i], itemCounts[i]);
        }
    }

    /**
     * The anchor's partners that pass the thresholds (pair count, confidence anchor to partner, lift),
     * best {@link Association#score() score} first, ties by ascending product id; empty for an unknown
     * anchor. Reads only the anchor's own adjacency row.
     */
    public List<Association> associationsOf(long anchorProductId, MiningThresholds thresholds) {
        return associationsOf(anchorProductId, thresholds, AssociationScoring.DEFAULT);
    }

    /** As {@link #associationsOf(long, MiningThresholds)}, ranked by the given scoring. */
    public List<Association> associationsOf(long anchorProductId, MiningThresholds thresholds,
            final AssociationScoring scoring) {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(scoring, "scoring");
        if (overlay != null) {
            return changedAssociationsOf(anchorProductId, thresholds, scoring);
        }
        int anchor = baseIndex(anchorProductId);
        if (anchor < 0) {
            return Collections.emptyList();
        }
        double anchorCount = itemCounts[anchor];
        int[] partners = rows.partners(anchor);
        double[] counts = rows.counts(anchor);
        List<Association> found = new ArrayList<Association>();
        for (int k = rows.offset(anchor), end = k + rows.length(anchor); k < end; k++) {
            int partner = partners[k];
            addIfPassing(found, thresholds, productIds[partner], counts[k], anchorCount, itemCounts[partner]);
        }
        sortByScoreThenId(found, scoring);
        return Collections.unmodifiableList(found);
    }

    /** As the arrays' reading, with each changed count read from the overlay. */
    private List<Association> changedAssociationsOf(long anchorProductId, MiningThresholds thresholds,
            AssociationScoring scoring) {
        double anchorCount = itemCount(anchorProductId);
        if (anchorCount <= 0) {
            return Collections.emptyList();
        }
        Map<Long, Double> changed = overlay.rows.get(anchorProductId);
        List<Association> found = new ArrayList<Association>();
        int anchor = baseIndex(anchorProductId);
        if (anchor >= 0) {
            int[] partners = rows.partners(anchor);
            double[] counts = rows.counts(anchor);
            for (int k = rows.offset(anchor), end = k + rows.length(anchor); k < end; k++) {
                long partner = productIds[partners[k]];
                if (changed == null || !changed.containsKey(partner)) {
                    addIfPassing(found, thresholds, partner, counts[k], anchorCount, itemCount(partner));
                }
            }
        }
        if (changed != null) {
            for (Map.Entry<Long, Double> pair : changed.entrySet()) {
                if (pair.getValue() > EMPTY_COUNT) {
                    addIfPassing(found, thresholds, pair.getKey(), pair.getValue(), anchorCount, itemCount(pair.getKey()));
                }
            }
        }
        sortByScoreThenId(found, scoring);
        return Collections.unmodifiableList(found);
    }

    private void addIfPassing(List<Association> found, MiningThresholds thresholds, long partner, double pair,
            double anchorCount, double partnerCount) {
        if (pair < thresholds.minPairCount()) {
            return;
        }
        double confidence = pair / anchorCount;
        if (confidence < thresholds.minConfidence()) {
            return;
        }
        double lift = lift(pair, anchorCount, partnerCount);
        if (lift >= thresholds.minLift()) {
            found.add(new Association(partner, pair, pair / basketCount, confidence, lift, weighted));
        }
    }

    /** Best score first, ties by ascending product id; each score computed once. */
    private static void sortByScoreThenId(List<Association> associations, AssociationScoring scoring) {
        if (associations.size() < 2) {
            return;
        }
        final Association[] byIndex = associations.toArray(new Association[0]);
        final double[] scores = new double[byIndex.length];
        Integer[] order = new Integer[byIndex.length];
        for (int i = 0; i < byIndex.length; i++) {
            scores[i] = scoring.score(byIndex[i]);
            order[i] = i;
        }
        Arrays.sort(order, new Comparator<Integer>() {
            @Override
            public int compare(Integer x, Integer y) {
                int byScore = Double.compare(scores[y], scores[x]);
                return byScore != 0 ? byScore : Long.compare(byIndex[x].productId(), byIndex[y].productId());
            }
        });
        for (int i = 0; i < order.length; i++) {
            associations.set(i, byIndex[order[i]]);
        }
    }

    private double lift(double pair, double countA, double countB) {
        return pair * basketCount / (countA * countB);
    }

    /**
     * Assembles statistics from item and pair counts given in any order; repeated items or pairs add
     * up. The result is {@linkplain #isWeighted() weighted} when any count has a fraction. Not
     * thread-safe.
     */
    public static final class Builder {

        private final double basketCount;
        private final LongIndex items = new LongIndex(1024);
        private final PairCountTable pairs = new PairCountTable(1024);
        private double[] itemCounts = new double[1024];
        private boolean weighted;

        private Builder(double basketCount) {
            if (!(basketCount >= 0) || Double.isInfinite(basketCount)) {
                throw new IllegalArgumentException("basketCount must be a finite number >= 0, was " + basketCount);
            }
            this.basketCount = basketCount;
            weighted = isFractional(basketCount);
        }

        /** Adds to the (weighted) number of orders holding the product. */
        public Builder item(long productId, double count) {
            requireCount(count, "product " + productId);
            itemCounts[index(productId)] += count;
            return this;
        }

        /** Adds to the (weighted) number of orders holding both products, given in either order. */
        public Builder pair(long a, long b, double count) {
            if (a == b) {
                throw new IllegalArgumentException("A pair needs two different products, got " + a + " twice");
            }
            requireCount(count, "pair " + a + "-" + b);
            int i = index(a);
            int j = index(b);
            pairs.add(PairCountTable.key(Math.min(i, j), Math.max(i, j)), count);
            return this;
        }

        /**
         * @throws IllegalArgumentException if a pair names a product that has no item count
         */
        public CoPurchaseStatistics build() {
            for (int i = 0; i < items.size(); i++) {
                if (itemCounts[i] == 0) {
                    throw new IllegalArgumentException(
                            "Product " + items.key(i) + " is in a pair but has no item count");
                }
            }
            return StatisticsMerge.merge(EMPTY, items, itemCounts, basketCount, weighted, pairs);
        }

        private int index(long productId) {
            int index = items.getOrAdd(productId);
            if (index == itemCounts.length) {
                itemCounts = Arrays.copyOf(itemCounts, index * 2);
            }
            return index;
        }

        private void requireCount(double count, String of) {
            if (!(count > 0) || Double.isInfinite(count)) {
                throw new IllegalArgumentException("The count of " + of + " must be a finite number > 0, was " + count);
            }
            weighted |= isFractional(count);
        }

        private static boolean isFractional(double count) {
            return count != Math.rint(count);
        }
    }

    /** The dense index of a product, or a negative number if unknown. */
    int indexOf(long productId) {
        return overlay != null ? compacted().indexOf(productId) : baseIndex(productId);
    }

    /** The product's index in the arrays (changes beside them aside). */
    private int baseIndex(long productId) {
        return Arrays.binarySearch(productIds, productId);
    }

    double itemCountAt(int i) {
        return overlay != null ? compacted().itemCountAt(i) : itemCounts[i];
    }

    AdjacencyRows rows() {
        return overlay != null ? compacted().rows() : rows;
    }

    /** The ascending product ids, shared: callers in this package must not modify it. */
    long[] sortedProductIds() {
        return overlay != null ? compacted().sortedProductIds() : productIds;
    }
}
