package io.crosssell.spark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.crosssell.mining.MiningThresholds;
import io.crosssell.rebuild.RebuildOutput;

/**
 * The co-purchase rebuild on Spark: {@code spark-submit --class io.crosssell.spark.CoPurchaseJob crosssell-spark.jar
 * --name=value...} (docs/Spark.md). Prints one line with what it counted, as the in-process rebuild logs it.
 */
public final class CoPurchaseJob {

    private final SparkSession spark;
    private final JobSettings settings;

    public CoPurchaseJob(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public static void main(String[] args) {
        JobSettings settings;
        try {
            settings = JobSettings.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("crosssell-copurchase").getOrCreate();
        try {
            Result result = new CoPurchaseJob(spark, settings).run();
            System.out.println(result);
            // For the admin when it handed the rebuild over (docs/Spark.md, "From the admin").
            System.out.println(RebuildOutput.resultLine(result.summary()));
        } finally {
            spark.stop();
        }
    }

    /** Reads, counts and writes once. */
    public Result run() {
        long started = System.currentTimeMillis();
        long reference = settings.referenceMillis(started);
        Database database = settings.source() == JobSettings.Source.JDBC || settings.writesTables()
                ? new Database(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword()) : null;
        MiningThresholds thresholds = database == null ? settings.configuredThresholds() : savedThresholds(database);

        System.out.println(RebuildOutput.progressLine("reading and counting orders on Spark", 0, 0));
        Dataset<Row> lines = source(database).read(spark);
        CoPurchaseCounts counts = CoPurchaseCounts.count(lines, thresholds, reference, settings.maxBasketItems());
        try {
            System.out.println(RebuildOutput.progressLine("writing statistics", 0, 0));
            output(database, thresholds).write(counts, new StatisticsOutput.RunInfo(started, reference));
            long items = counts.items().count();
            long pairs = counts.pairs().count();
            return new Result(counts.orderCount(), items, pairs, counts.cappedOrders(), System.currentTimeMillis() - started);
        } finally {
            counts.release();
        }
    }

    private OrderLineSource source(Database database) {
        switch (settings.source()) {
            case CSV:
                return ExportedOrderLines.csv(settings.ordersPath());
            case PARQUET:
                return ExportedOrderLines.parquet(settings.ordersPath());
            default:
                return new JdbcOrderLines(database, settings.jdbcPartitions());
        }
    }

    private StatisticsOutput output(Database database, MiningThresholds thresholds) {
        if (!settings.writesTables()) {
            return new ParquetStatistics(spark, settings.parquetOutput().orElseThrow(), thresholds,
                    settings.topK() > 0 ? settings.topK() : 10);
        }
        int topK = settings.topK();
        return new StatisticsTables(database, settings.writePartitions(),
                topK == 0 ? CoPurchaseCounts::pairs : counts -> counts.pairsInTopK(thresholds, topK));
    }

    /** The thresholds a merchandiser saved in the admin, else the configured ones: what the in-process rebuild uses. */
    private MiningThresholds savedThresholds(Database database) {
        MiningThresholds configured = settings.configuredThresholds();
        try (Connection connection = database.open();
                Statement statement = connection.createStatement();
                ResultSet saved = statement.executeQuery(
                        "SELECT MIN_PAIR_COUNT, MIN_CONFIDENCE, MIN_LIFT, HALF_LIFE_DAYS FROM CS_MINING_SETTINGS WHERE ID = 1")) {
            if (!saved.next()) {
                return configured;
            }
            return MiningThresholds.of(saved.getDouble(1), saved.getDouble(2), saved.getDouble(3), saved.getDouble(4));
        } catch (SQLException | IllegalArgumentException unusable) {
            System.err.println("Saved mining thresholds not used, the configured ones apply: " + unusable.getMessage());
            return configured;
        }
    }

    /** What one run counted. */
    public static final class Result {
        public final long orders;
        public final long items;
        public final long pairs;
        public final long cappedOrders;
        public final long millis;

        Result(long orders, long items, long pairs, long cappedOrders, long millis) {
            this.orders = orders;
            this.items = items;
            this.pairs = pairs;
            this.cappedOrders = cappedOrders;
            this.millis = millis;
        }

        @Override
        public String toString() {
            return "Co-purchase statistics rebuilt on Spark: " + counted();
        }

        /** As the admin shows a rebuild's result. */
        public String summary() {
            return "Rebuilt on Spark: " + counted();
        }

        private String counted() {
            return String.format(Locale.ROOT, "%d orders, %d products, %d pairs, %d orders over the basket cap, %d ms",
                    orders, items, pairs, cappedOrders, millis);
        }
    }
}
