package io.crosssell.benchmarks;

/**
 * The floor for counting co-purchases: every pair of every basket counted into one presized
 * open-addressing table from a packed pair ({@code a << 32 | b}, {@code a < b}) to an int count. No
 * weights, no item index, no result structure: what any pair-based miner must at least do.
 */
final class PairCountFloor {

    private static final long FREE = 0L;

    private final long[] keys;
    private final int[] counts;
    private final int mask;
    private final int shift;
    private int size;

    /** A table for {@code expectedPairs} distinct pairs at a load factor of at most 1/2, never resized. */
    PairCountFloor(int expectedPairs) {
        int capacity = Integer.highestOneBit(Math.max(expectedPairs, 8) * 2 - 1) << 1;
        keys = new long[capacity];
        counts = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    /** Counts every pair of every basket; each basket's items must be distinct and ascending. */
    static PairCountFloor count(int[][] baskets, int expectedPairs) {
        PairCountFloor table = new PairCountFloor(expectedPairs);
        for (int[] basket : baskets) {
            for (int x = 0; x < basket.length; x++) {
                long hi = (long) basket[x] << 32;
                for (int y = x + 1; y < basket.length; y++) {
                    table.increment(hi | basket[y]);
                }
            }
        }
        return table;
    }

    private void increment(long key) {
        // Fibonacci hashing: the top bits of key * 2^64/phi mix both halves of the packed pair.
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                counts[slot]++;
                return;
            }
            if (k == FREE) {
                keys[slot] = key;
                counts[slot] = 1;
                size++;
                if (size > keys.length - 1) {
                    throw new IllegalStateException("Floor table presized too small: " + size + " pairs");
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The count of the pair {@code a < b}, 0 if never seen. */
    int get(long a, long b) {
        long key = a << 32 | b;
        for (int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return counts[slot];
            }
            if (k == FREE) {
                return 0;
            }
        }
    }

    /** Distinct pairs counted. */
    int size() {
        return size;
    }

    /** Sum of all counts: the pair increments made. */
    long total() {
        long total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }
}
