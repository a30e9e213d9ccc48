package io.crosssell.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.crosssell.mining.MiningThresholds;

/**
 * What one run reads, how it counts and where it writes, from {@code --name=value} arguments (docs/Spark.md lists
 * them). Thresholds and half-life given here are the configured ones: a shop's saved CS_MINING_SETTINGS row wins
 * when the orders come from its database, as it does for the in-process rebuild.
 */
public final class JobSettings {

    /** Where order lines come from. */
    public enum Source { JDBC, CSV, PARQUET }

    private final Map<String, String> values;

    private JobSettings(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @throws IllegalArgumentException for an argument not of the form {@code --name=value} or an unknown name
     */
    public static JobSettings parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 3) {
                throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, equals);
            if (!KNOWN.contains("|" + name + "|")) {
                throw new IllegalArgumentException("Unknown setting --" + name + " (known: " + KNOWN.replace('|', ' ').trim() + ")");
            }
            values.put(name, arg.substring(equals + 1));
        }
        JobSettings settings = new JobSettings(values);
        settings.validate();
        return settings;
    }

    private static final String KNOWN = "|orders|output|jdbc-url|jdbc-user|jdbc-password|jdbc-partitions|top-k|max-basket-items"
            + "|min-pair-count|min-confidence|min-lift|half-life-days|reference-millis|write-partitions|";

    private void validate() {
        source();
        if (source() == Source.JDBC || writesTables()) {
            require("jdbc-url");
        }
        if (topK() < 0 || maxBasketItems() < 0) {
            throw new IllegalArgumentException("--top-k and --max-basket-items must be >= 0");
        }
        if (maxBasketItems() == 1) {
            throw new IllegalArgumentException("--max-basket-items must be 0 (no cap) or at least 2");
        }
        configuredThresholds();
    }

    private String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required here");
        }
        return value;
    }

    /** {@code --orders=jdbc} (default), {@code csv:<path>} or {@code parquet:<path>}. */
    public Source source() {
        String orders = values.getOrDefault("orders", "jdbc");
        if (orders.equals("jdbc")) {
            return Source.JDBC;
        }
        if (orders.startsWith("csv:")) {
            return Source.CSV;
        }
        if (orders.startsWith("parquet:")) {
            return Source.PARQUET;
        }
        throw new IllegalArgumentException("--orders must be jdbc, csv:<path> or parquet:<path>, was '" + orders + "'");
    }

    /** The path of an exported file or folder of order lines. */
    public String ordersPath() {
        String orders = values.get("orders");
        return orders.substring(orders.indexOf(':') + 1);
    }

    /** True for {@code --output=jdbc} (the default): the plugin's statistics tables. */
    public boolean writesTables() {
        return values.getOrDefault("output", "jdbc").equals("jdbc");
    }

    /** The folder of {@code --output=parquet:<dir>}, if that was asked for. */
    public Optional<String> parquetOutput() {
        String output = values.getOrDefault("output", "jdbc");
        if (output.equals("jdbc")) {
            return Optional.empty();
        }
        if (!output.startsWith("parquet:") || output.length() == "parquet:".length()) {
            throw new IllegalArgumentException("--output must be jdbc or parquet:<dir>, was '" + output + "'");
        }
        return Optional.of(output.substring("parquet:".length()));
    }

    public String jdbcUrl() {
        return require("jdbc-url");
    }

    public String jdbcUser() {
        return values.getOrDefault("jdbc-user", "");
    }

    /** The password: {@code --jdbc-password}, else the CROSSSELL_JDBC_PASSWORD environment variable (kept out of ps). */
    public String jdbcPassword() {
        String given = values.get("jdbc-password");
        if (given != null) {
            return given;
        }
        String fromEnvironment = System.getenv("CROSSSELL_JDBC_PASSWORD");
        return fromEnvironment == null ? "" : fromEnvironment;
    }

    /** Parallel reads of the order lines, each a range of order ids; 0 = Spark's default parallelism. */
    public int jdbcPartitions() {
        return integer("jdbc-partitions", 0);
    }

    /** Parallel writers into the staging tables; 0 = as many as the data has partitions, at most 8. */
    public int writePartitions() {
        return integer("write-partitions", 0);
    }

    /**
     * Partners kept per product: in Parquet the ranked associations; in the tables, 0 (the default) keeps every pair,
     * as the in-process rebuild does, and K &gt; 0 keeps only the pairs in some product's top K (docs/Spark.md).
     */
    public int topK() {
        return integer("top-k", values.containsKey("output") && !writesTables() ? 10 : 0);
    }

    /** Orders with more distinct products than this count as items but add no pairs; 0 = no cap (the default). */
    public int maxBasketItems() {
        return integer("max-basket-items", 0);
    }

    /** The thresholds and half-life given on the command line, or the plugin's defaults. */
    public MiningThresholds configuredThresholds() {
        MiningThresholds defaults = MiningThresholds.defaults();
        return MiningThresholds.of(
                decimal("min-pair-count", defaults.minPairCount()),
                decimal("min-confidence", defaults.minConfidence()),
                decimal("min-lift", defaults.minLift()),
                decimal("half-life-days", defaults.halfLifeDays()));
    }

    /** The decay reference: the run's start unless given. */
    public long referenceMillis(long startedAt) {
        String given = values.get("reference-millis");
        return given == null ? startedAt : Long.parseLong(given);
    }

    private int integer(String name, int otherwise) {
        String value = values.get(name);
        try {
            return value == null ? otherwise : Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was '" + value + "'");
        }
    }

    private double decimal(String name, double otherwise) {
        String value = values.get(name);
        try {
            return value == null ? otherwise : Double.parseDouble(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("--" + name + " must be a number, was '" + value + "'");
        }
    }
}
