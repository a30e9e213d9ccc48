package io.crosssell.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.crosssell.mining.Basket;

/**
 * The real basket files of shared/data (retail.dat, groceries.csv), found as the CI's benchmark step finds them:
 * the {@code crosssell.benchmarks.data} property, {@code ../shared/data} next to the checkout, or /work/shared/data.
 * Order id = line number; groceries' names get ids 0, 1, 2... in order of first appearance, as in benchmarks/.
 */
final class SharedBaskets {

    private SharedBaskets() {
    }

    /** The baskets of the file, or the test is skipped, saying where the data was looked for. */
    static List<Basket> load(String file) {
        Path data = locate(file);
        assumeTrue(data != null, "SKIPPED: no " + file + " in -Dcrosssell.benchmarks.data, ../shared/data next to the checkout"
                + " or /work/shared/data");
        try {
            List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
            return file.endsWith(".csv") ? named(lines) : numbered(lines);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Path locate(String file) {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("crosssell.benchmarks.data");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Paths.get(configured));
        }
        // The module folder is the working directory of its tests: the checkout is its parent.
        candidates.add(Paths.get("").toAbsolutePath().resolve("../../shared/data"));
        candidates.add(Paths.get("/work/shared/data"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve(file))) {
                return candidate.resolve(file).normalize();
            }
        }
        return null;
    }

    private static List<Basket> numbered(List<String> lines) {
        List<Basket> baskets = new ArrayList<>(lines.size());
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            String[] fields = line.isEmpty() ? new String[0] : line.split("\\s+");
            long[] ids = new long[fields.length];
            for (int i = 0; i < fields.length; i++) {
                ids[i] = Long.parseLong(fields[i]);
            }
            baskets.add(Basket.of(n + 1, ids));
        }
        return baskets;
    }

    private static List<Basket> named(List<String> lines) {
        Map<String, Long> ids = new HashMap<>();
        List<Basket> baskets = new ArrayList<>(lines.size());
        for (int n = 0; n < lines.size(); n++) {
            String[] names = lines.get(n).split(",");
            long[] items = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                items[i] = ids.computeIfAbsent(names[i].trim(), k -> (long) ids.size());
            }
            baskets.add(Basket.of(n + 1, items));
        }
        return baskets;
    }

    /** Writes the baskets as an order-lines export (order_id, product_id[, submitted_at]), one line per product. */
    static Path writeOrderLines(List<Basket> baskets, Map<Long, Long> submittedAt, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(submittedAt == null ? "order_id,product_id\n" : "order_id,product_id,submitted_at\n");
            for (Basket basket : baskets) {
                for (long product : basket.productIds()) {
                    out.write(basket.orderId() + "," + product
                            + (submittedAt == null ? "" : "," + submittedAt.get(basket.orderId())) + "\n");
                }
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        return file;
    }
}
