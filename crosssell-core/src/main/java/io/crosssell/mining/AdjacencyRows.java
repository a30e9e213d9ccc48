package io.crosssell.mining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each item's partners, ascending, with the pair counts. Rows lie back to back in a few large chunks
 * rather than one small array each: millions of live small arrays cost the garbage collector a copy
 * each, large ones are allocated in place, and chunks need no total size up front.
 */
final class AdjacencyRows {

    /** Entries a chunk holds; with the array header an int chunk is exactly 1 MiB, a G1 region. */
    static final int CHUNK = (1 << 18) - 4;

    private static final AdjacencyRows NONE = new Builder(0).build();

    private final int[][] partnerChunks;
    private final double[][] countChunks;
    private final int[] chunkOf;
    private final int[] offsetOf;
    private final int[] lengthOf;
    private final long entries;

    private AdjacencyRows(int[][] partnerChunks, double[][] countChunks, int[] chunkOf, int[] offsetOf,
            int[] lengthOf, long entries) {
        this.partnerChunks = partnerChunks;
        this.countChunks = countChunks;
        this.chunkOf = chunkOf;
        this.offsetOf = offsetOf;
        this.lengthOf = lengthOf;
        this.entries = entries;
    }

    static AdjacencyRows none() {
        return NONE;
    }

    int rows() {
        return lengthOf.length;
    }

    /** Entries over all rows: each pair appears in the rows of both its items. */
    long entries() {
        return entries;
    }

    int length(int row) {
        return lengthOf[row];
    }

    /** The row's first entry in {@link #partners} and {@link #counts}. */
    int offset(int row) {
        return offsetOf[row];
    }

    /** The chunk holding the row's partners, shared: callers must not modify it. */
    int[] partners(int row) {
        return partnerChunks[chunkOf[row]];
    }

    /** The chunk holding the row's counts, shared: callers must not modify it. */
    double[] counts(int row) {
        return countChunks[chunkOf[row]];
    }

    /** The count of the pair of two distinct items, 0 if they were never bought together. */
    double count(int a, int b) {
        int row = lengthOf[a] <= lengthOf[b] ? a : b;
        int partner = row == a ? b : a;
        int from = offsetOf[row];
        int at = Arrays.binarySearch(partners(row), from, from + lengthOf[row], partner);
        return at < 0 ? 0.0 : counts(row)[at];
    }

    /** Builds rows 0, 1, 2, ... in order, each between {@link #beginRow} and {@link #endRow}. */
    static final class Builder {

        private final int[] chunkOf;
        private final int[] offsetOf;
        private final int[] lengthOf;
        private final List<int[]> partnerChunks = new ArrayList<int[]>();
        private final List<double[]> countChunks = new ArrayList<double[]>();
        private int[] partners = new int[0];
        private double[] counts = new double[0];
        private int cursor;
        private int row;
        private long entries;

        Builder(int rows) {
            chunkOf = new int[rows];
            offsetOf = new int[rows];
            lengthOf = new int[rows];
            partnerChunks.add(partners);
            countChunks.add(counts);
        }

        /** Starts the next row, with room for up to {@code maxLength} entries. */
        void beginRow(int maxLength) {
            if (partners.length - cursor < maxLength) {
                int size = Math.max(CHUNK, maxLength);
                partners = new int[size];
                counts = new double[size];
                partnerChunks.add(partners);
                countChunks.add(counts);
                cursor = 0;
            }
            chunkOf[row] = partnerChunks.size() - 1;
            offsetOf[row] = cursor;
        }

        /** Appends an entry; partners must ascend within a row. */
        void put(int partner, double count) {
            partners[cursor] = partner;
            counts[cursor++] = count;
        }

        void endRow() {
            int length = cursor - offsetOf[row];
            lengthOf[row++] = length;
            entries += length;
        }

        AdjacencyRows build() {
            if (row != lengthOf.length) {
                throw new IllegalStateException(row + " of " + lengthOf.length + " rows built");
            }
            int last = partnerChunks.size() - 1;
            if (cursor < partners.length) {
                partnerChunks.set(last, Arrays.copyOf(partners, cursor));
                countChunks.set(last, Arrays.copyOf(counts, cursor));
            }
            return new AdjacencyRows(partnerChunks.toArray(new int[0][]), countChunks.toArray(new double[0][]),
                    chunkOf, offsetOf, lengthOf, entries);
        }
    }
}
