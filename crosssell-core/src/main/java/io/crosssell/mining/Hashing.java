package io.crosssell.mining;

/**
 * The bit mixer shared by the package's open-addressing tables.
 */
final class Hashing {

    private Hashing() {
    }

    /**
     * MurmurHash3's fmix64 finalizer: every input bit affects every output bit, so packed pair keys
     * ({@code i << 32 | j}) and sequential ids spread evenly over power-of-two tables.
     */
    static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static int tableSizeFor(int expected, double maxLoad) {
        long needed = (long) Math.ceil(Math.max(expected, 1) / maxLoad) + 1;
        if (needed > 1 << 30) {
            throw new IllegalStateException("Table too large for " + expected + " entries");
        }
        return Integer.highestOneBit((int) needed - 1) << 1;
    }
}
