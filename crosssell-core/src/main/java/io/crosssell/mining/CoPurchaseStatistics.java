package io.crosssell.mining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable snapshot of co-purchase counts: how many (weighted) orders hold each product and each
 * pair of products, with support, confidence and lift derived from them.
 *
 * <p>Products are numbered by ascending id and each keeps its partners as a sorted adjacency row, so a
 * pair is found by binary search and a product's associations are read from its own row alone.
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
        int i = indexOf(productId);
        return i < 0 ? 0.0 : itemCounts[i];
    }

    /** The (weighted) number of orders holding both products, in either order; 0 if none or {@code a == b}. */
    public double pairCount(long a, long b) {
        int i = indexOf(a);
        int j = indexOf(b);
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
        return productIds.length;
    }

    /** The number of distinct pairs bought together at least once. */
    public long distinctPairs() {
        return rows.entries() / 2;
    }

    /** Visits every pair once, by ascending {@code a} then {@code b}, with {@code a < b}. */
    public void forEachPair(PairVisitor visitor) {
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
        int anchor = indexOf(anchorProductId);
        if (anchor < 0) {
            return Collections.emptyList();
        }
        double anchorCount = itemCounts[anchor];
        double minPairCount = thresholds.minPairCount();
        double minConfidence = thresholds.minConfidence();
        double minLift = thresholds.minLift();
        int[] partners = rows.partners(anchor);
        double[] counts = rows.counts(anchor);
        List<Association> found = new ArrayList<Association>();
        for (int k = rows.offset(anchor), end = k + rows.length(anchor); k < end; k++) {
            double pair = counts[k];
            if (pair < minPairCount) {
                continue;
            }
            double confidence = pair / anchorCount;
            if (confidence < minConfidence) {
                continue;
            }
            int partner = partners[k];
            double lift = lift(pair, anchorCount, itemCounts[partner]);
            if (lift >= minLift) {
                found.add(new Association(productIds[partner], pair, pair / basketCount, confidence, lift,
                        weighted));
            }
        }
        sortByScoreThenId(found, scoring);
        return Collections.unmodifiableList(found);
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
        return Arrays.binarySearch(productIds, productId);
    }

    double itemCountAt(int i) {
        return itemCounts[i];
    }

    AdjacencyRows rows() {
        return rows;
    }

    /** The ascending product ids, shared: callers in this package must not modify it. */
    long[] sortedProductIds() {
        return productIds;
    }
}
