package io.crosssell.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.crosssell.demo.seed.DemoOrderHistory;
import io.crosssell.mining.Basket;

/**
 * One of the basket files of shared/data, parsed once: as the engine's {@link Basket}s (order id = line
 * number) and as sorted, distinct int item arrays for Smile and the pair-count floor. The demo shop's
 * generated order history is a third, in-memory data set.
 */
final class Dataset {

    /** System property naming the folder with retail.dat and groceries.csv. */
    static final String DATA_DIR_PROPERTY = "crosssell.benchmarks.data";

    final String name;
    final List<Basket> baskets;
    final int[][] transactions;
    final int distinctItems;
    /** Sum of k(k-1)/2 over the baskets: how many pair increments a full count makes. */
    final long pairIncrements;

    private Dataset(String name, List<Basket> baskets, int[][] transactions, int distinctItems) {
        this.name = name;
        this.baskets = baskets;
        this.transactions = transactions;
        this.distinctItems = distinctItems;
        long pairs = 0;
        for (int[] t : transactions) {
            pairs += (long) t.length * (t.length - 1) / 2;
        }
        this.pairIncrements = pairs;
    }

    static Dataset load(String name) {
        switch (name) {
            case "retail":
                return retail();
            case "groceries":
                return groceries();
            case "demo":
                return demo();
            default:
                throw new IllegalArgumentException("Unknown dataset '" + name + "' (retail, groceries or demo)");
        }
    }

    /** retail.dat: item ids separated by spaces; the ids are the product ids. */
    static Dataset retail() {
        List<String> lines = read("retail.dat", "bfcee18e0e421004b5d2cd5691ed83e6", 88_162);
        int[][] transactions = new int[lines.size()][];
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            String[] fields = line.isEmpty() ? new String[0] : line.split("\\s+");
            int[] items = new int[fields.length];
            for (int i = 0; i < fields.length; i++) {
                items[i] = Integer.parseInt(fields[i]);
            }
            transactions[n] = sortedDistinct(items);
        }
        return of("retail", transactions);
    }

    /** groceries.csv: item names separated by commas; names get ids 0, 1, 2... in order of first appearance. */
    static Dataset groceries() {
        List<String> lines = read("groceries.csv", "0a3d21c692be5c8ce55c93e59543dcbe", 9_835);
        Map<String, Integer> ids = new HashMap<>();
        int[][] transactions = new int[lines.size()][];
        for (int n = 0; n < lines.size(); n++) {
            String[] names = lines.get(n).split(",");
            int[] items = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                items[i] = ids.computeIfAbsent(names[i].trim(), k -> ids.size());
            }
            transactions[n] = sortedDistinct(items);
        }
        return of("groceries", transactions);
    }

    /**
     * The demo shop's order history ({@link DemoOrderHistory#generate()}: 2,400 generated orders, the same for
     * every run), in order of submission; product ids as they are, quantities ignored.
     */
    static Dataset demo() {
        List<DemoOrderHistory.Order> orders = DemoOrderHistory.generate();
        int[][] transactions = new int[orders.size()][];
        for (int n = 0; n < orders.size(); n++) {
            List<DemoOrderHistory.Line> lines = orders.get(n).lines;
            int[] items = new int[lines.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = Math.toIntExact(lines.get(i).productId);
            }
            transactions[n] = sortedDistinct(items);
        }
        return of("demo", transactions);
    }

    private static Dataset of(String name, int[][] transactions) {
        List<Basket> baskets = new ArrayList<>(transactions.length);
        BitSet seen = new BitSet();
        for (int n = 0; n < transactions.length; n++) {
            int[] items = transactions[n];
            long[] productIds = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                productIds[i] = items[i];
                seen.set(items[i]);
            }
            baskets.add(Basket.of(n + 1, productIds));
        }
        return new Dataset(name, List.copyOf(baskets), transactions, seen.cardinality());
    }

    /** A fresh deep copy of the item arrays, for code that might reorder them (Smile). */
    int[][] copyOfTransactions() {
        int[][] copy = new int[transactions.length][];
        for (int n = 0; n < transactions.length; n++) {
            copy[n] = transactions[n].clone();
        }
        return copy;
    }

    static Path dataDir() {
        String configured = System.getProperty(DATA_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        return moduleDir().resolve("../../shared/data").normalize();
    }

    /** The benchmarks module folder: the parent of the target/ folder holding this jar or these classes. */
    private static Path moduleDir() {
        try {
            Path at = Paths.get(Dataset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = at; p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
                    return p.getParent();
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // Fall through to the working directory.
        }
        return Paths.get("").toAbsolutePath();
    }

    private static List<String> read(String file, String md5, int expectedLines) {
        Path path = dataDir().resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Benchmark data " + path + " not found. Put retail.dat and groceries.csv "
                    + "there (shared/data beside the repository) or pass -D" + DATA_DIR_PROPERTY + "=/path/to/data");
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
            if (!actual.equals(md5)) {
                throw new IllegalStateException(path + " has md5 " + actual + ", expected " + md5
                        + " (shared/data/README.md); the figures are only comparable on the published file");
            }
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.US_ASCII).split("\n"));
            if (lines.size() != expectedLines) {
                throw new IllegalStateException(path + " has " + lines.size() + " baskets, expected " + expectedLines);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] sortedDistinct(int[] items) {
        int[] sorted = items.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
