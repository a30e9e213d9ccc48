package io.crosssell.mining;

/**
 * Open-addressing hash table (linear probing, fmix64-mixed keys) from an item pair, packed into one
 * {@code long} as {@code lo << 32 | hi} with {@code 0 <= lo < hi}, to its weighted co-purchase count.
 *
 * <p>Counts are doubles because baskets may carry decay weights. An int-valued twin for the
 * all-weights-1.0 case would save 4 of 16 bytes a slot but filled no faster (retail.dat's 7.16 M pair
 * increments: 0.5-0.7 s either way, the time goes to the cache miss on the key, not the add), and
 * doubles hold whole counts exactly up to 2^53; so one value type and one code path.
 */
final class PairCountTable {

    /** Never a pair key: {@code hi > lo >= 0}, so a packed pair is at least 1. */
    private static final long FREE = 0L;
    private static final double MAX_LOAD = 0.65;

    private long[] keys;
    private double[] counts;
    private int mask;
    private int size;
    private int growAt;

    PairCountTable(int expected) {
        allocate(Hashing.tableSizeFor(expected, MAX_LOAD));
    }

    static long key(int lo, int hi) {
        return (long) lo << 32 | hi;
    }

    static int lo(long key) {
        return (int) (key >>> 32);
    }

    static int hi(long key) {
        return (int) key;
    }

    int size() {
        return size;
    }

    /** The slot holding the key, or {@code -(free slot) - 1} where it would go. */
    int find(long key) {
        for (int slot = (int) Hashing.mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == FREE) {
                return -slot - 1;
            }
        }
    }

    /** Adds to the count in a slot that {@link #find} reported as holding the key. */
    void addAt(int slot, double delta) {
        counts[slot] += delta;
    }

    /** Puts a new key into the free slot {@link #find} just reported ({@code -(slot) - 1}). */
    void insertAt(int notFound, long key, double count) {
        int slot = -notFound - 1;
        keys[slot] = key;
        counts[slot] = count;
        if (++size > growAt) {
            rehash(keys.length << 1);
        }
    }

    /** Adds to the key's count, starting from 0 if the key is new. */
    void add(long key, double delta) {
        int slot = find(key);
        if (slot >= 0) {
            counts[slot] += delta;
        } else {
            insertAt(slot, key, delta);
        }
    }

    /** The key's count, 0 if absent. */
    double get(long key) {
        int slot = find(key);
        return slot >= 0 ? counts[slot] : 0.0;
    }

    /** Slots to iterate with {@link #keyAt} and {@link #countAt}. */
    int capacity() {
        return keys.length;
    }

    /** The key in a slot, or 0 for a free slot. */
    long keyAt(int slot) {
        return keys[slot];
    }

    double countAt(int slot) {
        return counts[slot];
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        counts = new double[capacity];
        mask = capacity - 1;
        growAt = (int) (capacity * MAX_LOAD);
    }

    private void rehash(int capacity) {
        if (capacity <= 0 || capacity > 1 << 30) {
            throw new IllegalStateException("Pair table cannot grow beyond " + size + " pairs");
        }
        long[] oldKeys = keys;
        double[] oldCounts = counts;
        allocate(capacity);
        for (int old = 0; old < oldKeys.length; old++) {
            long key = oldKeys[old];
            if (key != FREE) {
                int slot = (int) Hashing.mix(key) & mask;
                while (keys[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                counts[slot] = oldCounts[old];
            }
        }
    }
}
