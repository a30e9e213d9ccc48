package io.crosssell.mining;

import static io.crosssell.mining.StatisticsAssertions.assertSameStatistics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Checks the miner against independent brute-force counts on the real basket files in
 * {@code shared/data} (see its README for the figures), which sit beside the repository.
 */
class RealBasketDataTest {

    private static final Path DATA = Paths.get("..", "..", "shared", "data");

    @Test
    void minesRetailDataExactlyAsABruteForceCount() throws IOException {
        List<int[]> lines = readRetail();
        List<Basket> baskets = new ArrayList<Basket>();
        for (int order = 0; order < lines.size(); order++) {
            baskets.add(Basket.of(order, toLongs(lines.get(order))));
        }

        CoPurchaseStatistics stats = CoPurchaseMiner.mine(baskets);

        // Brute force, sharing nothing with the miner: every pair occurrence as one sorted long.
        Map<Integer, Integer> itemCounts = new HashMap<Integer, Integer>();
        int increments = 0;
        for (int[] line : lines) {
            increments += line.length * (line.length - 1) / 2;
            for (int item : line) {
                itemCounts.merge(item, 1, Integer::sum);
            }
        }
        long[] occurrences = new long[increments];
        int next = 0;
        for (int[] line : lines) {
            for (int x = 0; x < line.length; x++) {
                for (int y = x + 1; y < line.length; y++) {
                    occurrences[next++] = (long) line[x] << 32 | line[y];
                }
            }
        }
        Arrays.sort(occurrences);

        double orders = lines.size();
        int distinctPairs = 0;
        int frequentPairs = 0;
        List<String> mismatches = new ArrayList<String>();
        for (int run = 0; run < occurrences.length; ) {
            int end = run;
            while (end < occurrences.length && occurrences[end] == occurrences[run]) {
                end++;
            }
            int a = (int) (occurrences[run] >>> 32);
            int b = (int) occurrences[run];
            int count = end - run;
            distinctPairs++;
            if (stats.pairCount(a, b) != count || stats.pairCount(b, a) != count) {
                mismatches.add(a + "-" + b + " count " + stats.pairCount(a, b) + " != " + count);
            }
            if (count >= 3) {
                frequentPairs++;
                double countA = itemCounts.get(a);
                double countB = itemCounts.get(b);
                check(mismatches, a + "->" + b + " confidence", stats.confidence(a, b), count / countA);
                check(mismatches, b + "->" + a + " confidence", stats.confidence(b, a), count / countB);
                check(mismatches, a + "-" + b + " lift", stats.lift(a, b), count * orders / (countA * countB));
                check(mismatches, a + "-" + b + " support", stats.support(a, b), count / orders);
            }
            run = end;
        }

        assertThat(mismatches.subList(0, Math.min(10, mismatches.size()))).isEmpty();
        assertThat(lines).hasSize(88_162);
        assertThat(increments).isEqualTo(7_164_347);
        assertThat(distinctPairs).isEqualTo(3_586_806);
        assertThat(frequentPairs).isEqualTo(433_301);

        assertThat(stats.basketCount()).isEqualTo(88_162);
        assertThat(stats.distinctItems()).isEqualTo(16_470).isEqualTo(itemCounts.size());
        assertThat(stats.distinctPairs()).isEqualTo(3_586_806);
        double[] pairTotals = new double[2];
        stats.forEachPair((a, b, count) -> {
            pairTotals[0] += count;
            pairTotals[1] += count >= 3 ? 1 : 0;
        });
        assertThat(pairTotals[0]).isEqualTo(7_164_347);
        assertThat(pairTotals[1]).isEqualTo(433_301);
        for (Map.Entry<Integer, Integer> item : itemCounts.entrySet()) {
            if (stats.itemCount(item.getKey()) != item.getValue()) {
                mismatches.add("item " + item.getKey() + " " + stats.itemCount(item.getKey()) + " != "
                        + item.getValue());
            }
        }
        assertThat(mismatches.subList(0, Math.min(10, mismatches.size()))).isEmpty();

        MiningThresholds seenThreeTimes = MiningThresholds.of(3, 0, 0, 0);
        int itemsWithFrequentPartners = 0;
        long frequentPartners = 0;
        for (int item : itemCounts.keySet()) {
            List<Association> partners = stats.associationsOf(item, seenThreeTimes);
            itemsWithFrequentPartners += partners.isEmpty() ? 0 : 1;
            frequentPartners += partners.size();
        }
        assertThat(itemsWithFrequentPartners).isEqualTo(11_490);
        assertThat(frequentPartners).isEqualTo(2 * 433_301);
    }

    @Test
    void minesGroceryDataAsCountedByHand() throws IOException {
        List<Set<String>> lines = readGroceries();
        Map<String, Long> ids = new LinkedHashMap<String, Long>();
        CoPurchaseStatistics stats = CoPurchaseMiner.mine(groceryBaskets(lines, ids));

        int milk = 0;
        int vegetables = 0;
        int both = 0;
        for (Set<String> line : lines) {
            milk += line.contains("whole milk") ? 1 : 0;
            vegetables += line.contains("other vegetables") ? 1 : 0;
            both += line.contains("whole milk") && line.contains("other vegetables") ? 1 : 0;
        }
        long milkId = ids.get("whole milk");
        long vegetablesId = ids.get("other vegetables");

        assertThat(stats.basketCount()).isEqualTo(9_835);
        assertThat(stats.distinctItems()).isEqualTo(169);
        assertThat(stats.itemCount(milkId)).isEqualTo(milk).isEqualTo(2_513);
        assertThat(stats.pairCount(milkId, vegetablesId)).isEqualTo(both).isEqualTo(736);
        assertThat(stats.confidence(vegetablesId, milkId)).isEqualTo((double) both / vegetables);
        assertThat(stats.lift(milkId, vegetablesId)).isEqualTo(both * 9_835.0 / ((double) milk * vegetables));
    }

    @Test
    void accumulatingGroceryOrdersWithSnapshotsGivesWhatMiningGives() throws IOException {
        List<Basket> baskets = groceryBaskets(readGroceries(), new LinkedHashMap<String, Long>());
        CoPurchaseAccumulator accumulator = new CoPurchaseAccumulator();
        for (int i = 0; i < baskets.size(); i++) {
            accumulator.add(baskets.get(i));
            if (i % 1000 == 999) {
                accumulator.snapshot();
            }
        }

        assertSameStatistics(accumulator.snapshot(), CoPurchaseMiner.mine(baskets));
    }

    private static void check(List<String> mismatches, String what, double actual, double expected) {
        if (Math.abs(actual - expected) > 1e-12 * Math.abs(expected)) {
            mismatches.add(what + " " + actual + " != " + expected);
        }
    }

    private static List<int[]> readRetail() throws IOException {
        List<int[]> lines = new ArrayList<int[]>();
        for (String line : read("retail.dat")) {
            String trimmed = line.trim();
            lines.add(trimmed.isEmpty() ? new int[0]
                    : Arrays.stream(trimmed.split(" +")).mapToInt(Integer::parseInt).distinct().sorted().toArray());
        }
        return lines;
    }

    private static List<Set<String>> readGroceries() throws IOException {
        List<Set<String>> lines = new ArrayList<Set<String>>();
        for (String line : read("groceries.csv")) {
            lines.add(new HashSet<String>(Arrays.asList(line.split(","))));
        }
        return lines;
    }

    /** One basket a line, names numbered 1, 2, 3, ... in order of first appearance into {@code ids}. */
    private static List<Basket> groceryBaskets(List<Set<String>> lines, Map<String, Long> ids) {
        List<Basket> baskets = new ArrayList<Basket>();
        for (Set<String> line : lines) {
            long[] products = new long[line.size()];
            int k = 0;
            for (String name : line) {
                Long id = ids.get(name);
                if (id == null) {
                    id = (long) ids.size() + 1;
                    ids.put(name, id);
                }
                products[k++] = id;
            }
            baskets.add(Basket.of(baskets.size(), products));
        }
        return baskets;
    }

    private static List<String> read(String file) throws IOException {
        Path path = DATA.resolve(file);
        assumeTrue(Files.isReadable(path), () -> "Skipped: basket data " + path.toAbsolutePath().normalize()
                + " is not there (it lives in shared/data beside the repository)");
        return Files.readAllLines(path, StandardCharsets.US_ASCII);
    }

    private static long[] toLongs(int[] ints) {
        long[] longs = new long[ints.length];
        for (int i = 0; i < ints.length; i++) {
            longs[i] = ints[i];
        }
        return longs;
    }
}
