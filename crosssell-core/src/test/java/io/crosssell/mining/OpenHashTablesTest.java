package io.crosssell.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OpenHashTablesTest {

    @Test
    void longIndexNumbersKeysInFirstSeenOrderThroughGrowth() {
        Random random = new Random(1);
        LongIndex index = new LongIndex(4);
        Map<Long, Integer> expected = new LinkedHashMap<Long, Integer>();
        long[] specials = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32};
        for (int n = 0; n < 50_000; n++) {
            long key = n < specials.length ? specials[n] : random.nextInt(20_000) * 0x9E3779B97F4A7C15L;
            Integer known = expected.get(key);
            if (known == null) {
                expected.put(key, expected.size());
            }
            assertThat(index.getOrAdd(key)).isEqualTo(expected.get(key));
        }

        assertThat(index.size()).isEqualTo(expected.size());
        for (Map.Entry<Long, Integer> entry : expected.entrySet()) {
            assertThat(index.indexOf(entry.getKey())).isEqualTo(entry.getValue());
            assertThat(index.key(entry.getValue())).isEqualTo(entry.getKey());
        }
        assertThat(index.indexOf(12345)).isEqualTo(-1);
        assertThat(index.addIfAbsent(Long.MIN_VALUE)).isFalse();
        assertThat(index.addIfAbsent(12345)).isTrue();
    }

    @Test
    void pairCountTableSumsCountsPerPairThroughGrowth() {
        Random random = new Random(2);
        PairCountTable table = new PairCountTable(1);
        Map<Long, Double> expected = new HashMap<Long, Double>();
        for (int n = 0; n < 100_000; n++) {
            int lo = random.nextInt(700);
            int hi = lo + 1 + random.nextInt(300);
            long key = PairCountTable.key(lo, hi);
            double weight = n % 2 == 0 ? 1.0 : 0.5;
            table.add(key, weight);
            Double before = expected.get(key);
            expected.put(key, before == null ? weight : before + weight);
        }

        assertThat(table.size()).isEqualTo(expected.size());
        for (Map.Entry<Long, Double> entry : expected.entrySet()) {
            assertThat(table.get(entry.getKey())).isEqualTo(entry.getValue());
        }
        int occupied = 0;
        for (int slot = 0; slot < table.capacity(); slot++) {
            if (table.keyAt(slot) != 0) {
                occupied++;
                assertThat(table.countAt(slot)).isEqualTo(expected.get(table.keyAt(slot)));
            }
        }
        assertThat(occupied).isEqualTo(expected.size());
        assertThat(table.get(PairCountTable.key(0, 5000))).isZero();
    }

    @Test
    void pairKeysUnpackToTheirItems() {
        long key = PairCountTable.key(123_456, Integer.MAX_VALUE);

        assertThat(PairCountTable.lo(key)).isEqualTo(123_456);
        assertThat(PairCountTable.hi(key)).isEqualTo(Integer.MAX_VALUE);
    }
}
