package io.crosssell.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Compares two statistics value by value, every item and every pair, with exact doubles. */
final class StatisticsAssertions {

    private StatisticsAssertions() {
    }

    static void assertSameStatistics(CoPurchaseStatistics actual, CoPurchaseStatistics expected) {
        assertThat(actual.basketCount()).as("basket count").isEqualTo(expected.basketCount());
        assertThat(actual.isWeighted()).as("weighted").isEqualTo(expected.isWeighted());
        assertThat(actual.distinctItems()).as("distinct items").isEqualTo(expected.distinctItems());
        assertThat(actual.distinctPairs()).as("distinct pairs").isEqualTo(expected.distinctPairs());
        assertThat(items(actual)).as("items").isEqualTo(items(expected));
        assertThat(pairs(actual)).as("pairs").isEqualTo(pairs(expected));
        // The adjacency rows seen from the other side of each pair agree too.
        List<String> mismatches = new ArrayList<String>();
        expected.forEachPair((a, b, count) -> {
            if (Double.compare(actual.pairCount(b, a), count) != 0 && mismatches.size() < 10) {
                mismatches.add(b + "-" + a + ": " + actual.pairCount(b, a) + " != " + count);
            }
        });
        assertThat(mismatches).as("reversed pairs").isEmpty();
    }

    static List<String> items(CoPurchaseStatistics statistics) {
        List<String> items = new ArrayList<String>();
        statistics.forEachItem((productId, count) -> items.add(productId + ":" + count));
        return items;
    }

    static List<String> pairs(CoPurchaseStatistics statistics) {
        List<String> pairs = new ArrayList<String>();
        statistics.forEachPair((a, b, count) -> pairs.add(a + "-" + b + ":" + count));
        return pairs;
    }
}
