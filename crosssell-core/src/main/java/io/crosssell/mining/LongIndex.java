package io.crosssell.mining;

import java.util.Arrays;

/**
 * Numbers distinct {@code long} keys 0, 1, 2, ... in the order they are first added: product ids to
 * dense item indexes, or a set of order ids.
 */
final class LongIndex {

    private static final double MAX_LOAD = 0.6;

    /** Keys by index. */
    private long[] keys;
    /** Open-addressing slots holding index + 1; 0 marks a free slot, so any long can be a key. */
    private int[] slots;
    private int mask;
    private int size;
    private int growAt;

    LongIndex(int expected) {
        int capacity = Hashing.tableSizeFor(expected, MAX_LOAD);
        slots = new int[capacity];
        mask = capacity - 1;
        growAt = (int) (capacity * MAX_LOAD);
        keys = new long[Math.max(expected, 4)];
    }

    /** An index of distinct keys numbered in the order given. */
    static LongIndex of(long[] distinctKeys) {
        LongIndex index = new LongIndex(distinctKeys.length);
        for (long key : distinctKeys) {
            index.getOrAdd(key);
        }
        return index;
    }

    int size() {
        return size;
    }

    /** The key's index, or -1 if it was never added. */
    int indexOf(long key) {
        for (int slot = (int) Hashing.mix(key) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (keys[entry - 1] == key) {
                return entry - 1;
            }
        }
    }

    /** The key's index, adding it with the next free index if it is new. */
    int getOrAdd(long key) {
        int slot = (int) Hashing.mix(key) & mask;
        for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
            if (keys[entry - 1] == key) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size + (size >> 1) + 1);
        }
        int index = size++;
        keys[index] = key;
        slots[slot] = index + 1;
        if (size > growAt) {
            rehash(slots.length << 1);
        }
        return index;
    }

    /** Adds the key; false, changing nothing, if it was already there. */
    boolean addIfAbsent(long key) {
        int before = size;
        getOrAdd(key);
        return size != before;
    }

    long key(int index) {
        return keys[index];
    }

    /** A copy of the keys in index order. */
    long[] keys() {
        return Arrays.copyOf(keys, size);
    }

    private void rehash(int capacity) {
        int[] fresh = new int[capacity];
        int freshMask = capacity - 1;
        for (int index = 0; index < size; index++) {
            int slot = (int) Hashing.mix(keys[index]) & freshMask;
            while (fresh[slot] != 0) {
                slot = (slot + 1) & freshMask;
            }
            fresh[slot] = index + 1;
        }
        slots = fresh;
        mask = freshMask;
        growAt = (int) (capacity * MAX_LOAD);
    }
}
