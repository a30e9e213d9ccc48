package io.crosssell.benchmarks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Leave-one-out accuracy and breadth of ranked lists, at several cut-offs K. Each case is one request:
 * the item hidden from a basket and the list the request returned, best first. Per K: the hit rate (the
 * hidden item is among the first K), NDCG (one relevant item, so the ideal DCG is 1 and a hit at rank r
 * scores 1 / log2(r + 1)), catalog coverage (distinct items shown in any first K over the catalog's size)
 * and the share of requests that got fewer than K items. Not thread-safe.
 */
final class RankingMetrics {

    private final int[] cutOffs;
    private final int catalogSize;
    private final long[] hits;
    private final double[] gains;
    private final long[] underK;
    private final Set<Long>[] shown;
    private long cases;

    /**
     * @param cutOffs the K to report, ascending
     * @param catalogSize the number of items that could be recommended, the denominator of coverage
     */
    @SuppressWarnings("unchecked")
    RankingMetrics(int[] cutOffs, int catalogSize) {
        if (cutOffs.length == 0 || catalogSize <= 0) {
            throw new IllegalArgumentException("Need at least one cut-off and a non-empty catalog");
        }
        this.cutOffs = cutOffs.clone();
        this.catalogSize = catalogSize;
        hits = new long[cutOffs.length];
        gains = new double[cutOffs.length];
        underK = new long[cutOffs.length];
        shown = new Set[cutOffs.length];
        for (int k = 0; k < cutOffs.length; k++) {
            shown[k] = new HashSet<>();
        }
    }

    /** Counts one request: the hidden item and what was recommended, best first. */
    void add(long hidden, long[] recommended) {
        cases++;
        int rank = 0;
        for (int i = 0; i < recommended.length; i++) {
            if (recommended[i] == hidden) {
                rank = i + 1;
                break;
            }
        }
        for (int k = 0; k < cutOffs.length; k++) {
            int cut = cutOffs[k];
            if (rank > 0 && rank <= cut) {
                hits[k]++;
                gains[k] += 1 / log2(rank + 1);
            }
            if (recommended.length < cut) {
                underK[k]++;
            }
            for (int i = 0; i < Math.min(cut, recommended.length); i++) {
                shown[k].add(recommended[i]);
            }
        }
    }

    long cases() {
        return cases;
    }

    double hitRate(int cutOff) {
        return cases == 0 ? 0 : (double) hits[index(cutOff)] / cases;
    }

    double ndcg(int cutOff) {
        return cases == 0 ? 0 : gains[index(cutOff)] / cases;
    }

    double coverage(int cutOff) {
        return (double) shown[index(cutOff)].size() / catalogSize;
    }

    double shareUnder(int cutOff) {
        return cases == 0 ? 0 : (double) underK[index(cutOff)] / cases;
    }

    private int index(int cutOff) {
        for (int k = 0; k < cutOffs.length; k++) {
            if (cutOffs[k] == cutOff) {
                return k;
            }
        }
        throw new IllegalArgumentException("K = " + cutOff + " is not one of " + Arrays.toString(cutOffs));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
