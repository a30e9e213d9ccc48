package io.crosssell.mining;

import java.util.Arrays;

/**
 * Folds counts gathered in a hash table into an existing snapshot, producing a new one.
 */
final class StatisticsMerge {

    private StatisticsMerge() {
    }

    /**
     * Statistics holding the base's counts updated by newer ones.
     *
     * @param items product ids by local index: the base's items first, at their base index
     * @param itemCounts item counts by local index, base counts included
     * @param pairs pair counts keyed by local indexes, base counts included; pairs not in it keep the
     *     base's count
     */
    static CoPurchaseStatistics merge(CoPurchaseStatistics base, LongIndex items, double[] itemCounts,
            double basketCount, boolean weighted, PairCountTable pairs) {
        int baseItems = base.distinctItems();
        int itemTotal = items.size();

        // Renumber by ascending product id; snapshot items keep their relative order.
        long[] productIds;
        int[] renumber = new int[itemTotal];
        if (itemTotal == baseItems) {
            productIds = base.sortedProductIds();
            for (int i = 0; i < itemTotal; i++) {
                renumber[i] = i;
            }
        } else {
            long[] localIds = items.keys();
            productIds = localIds.clone();
            Arrays.sort(productIds);
            for (int i = 0; i < itemTotal; i++) {
                renumber[i] = Arrays.binarySearch(productIds, localIds[i]);
            }
        }
        double[] counts = new double[itemTotal];
        int[] baseAt = new int[itemTotal];
        Arrays.fill(baseAt, -1);
        for (int i = 0; i < itemTotal; i++) {
            counts[renumber[i]] = itemCounts[i];
            if (i < baseItems) {
                baseAt[renumber[i]] = i;
            }
        }

        // Touched pairs in the new numbering, once from each side, grouped by row with partners
        // ascending: a counting sort by partner, then a stable one by row.
        int touched = 2 * pairs.size();
        int[] rowOf = new int[touched];
        int[] partnerOf = new int[touched];
        double[] countOf = new double[touched];
        int e = 0;
        for (int slot = 0; slot < pairs.capacity(); slot++) {
            long key = pairs.keyAt(slot);
            if (key != 0L) {
                int a = renumber[PairCountTable.lo(key)];
                int b = renumber[PairCountTable.hi(key)];
                double count = pairs.countAt(slot);
                rowOf[e] = a;
                partnerOf[e] = b;
                countOf[e++] = count;
                rowOf[e] = b;
                partnerOf[e] = a;
                countOf[e++] = count;
            }
        }
        int[] byPartner = countingSort(partnerOf, null, itemTotal, null);
        int[] rowStart = new int[itemTotal + 1];
        int[] byRow = countingSort(rowOf, byPartner, itemTotal, rowStart);

        // Each row merges the snapshot's row (renumbered, still ascending) with the touched pairs of
        // the row, whose counts already include the snapshot's.
        AdjacencyRows baseRows = base.rows();
        AdjacencyRows.Builder rows = new AdjacencyRows.Builder(itemTotal);
        for (int r = 0; r < itemTotal; r++) {
            int b = baseAt[r];
            int[] basePartners = b < 0 ? null : baseRows.partners(b);
            double[] baseCounts = b < 0 ? null : baseRows.counts(b);
            int x = b < 0 ? 0 : baseRows.offset(b);
            int baseEnd = b < 0 ? 0 : x + baseRows.length(b);
            int y = rowStart[r];
            int touchedEnd = rowStart[r + 1];
            rows.beginRow(baseEnd - x + touchedEnd - y);
            while (x < baseEnd || y < touchedEnd) {
                int fromBase = x < baseEnd ? renumber[basePartners[x]] : Integer.MAX_VALUE;
                int fromTouched = y < touchedEnd ? partnerOf[byRow[y]] : Integer.MAX_VALUE;
                if (fromBase < fromTouched) {
                    rows.put(fromBase, baseCounts[x++]);
                } else {
                    rows.put(fromTouched, countOf[byRow[y++]]);
                    if (fromBase == fromTouched) {
                        x++;
                    }
                }
            }
            rows.endRow();
        }
        return new CoPurchaseStatistics(productIds, counts, basketCount, weighted, rows.build());
    }

    /**
     * The entries (in {@code order}, or 0..n-1 if null) stably sorted by key in {@code [0, range)};
     * fills {@code start} (length range + 1), if given, with where each key's entries begin.
     */
    private static int[] countingSort(int[] keys, int[] order, int range, int[] start) {
        int[] begin = start != null ? start : new int[range + 1];
        for (int key : keys) {
            begin[key + 1]++;
        }
        for (int k = 0; k < range; k++) {
            begin[k + 1] += begin[k];
        }
        int[] fill = Arrays.copyOf(begin, range);
        int[] sorted = new int[keys.length];
        for (int n = 0; n < keys.length; n++) {
            int entry = order == null ? n : order[n];
            sorted[fill[keys[entry]]++] = entry;
        }
        return sorted;
    }
}
