package io.crosssell.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.ml.fpm.FPGrowthModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;

/**
 * One run side by side on retail.dat and its scale-ups (docs/benchmarks.md "Spark"): the in-process miner, the Spark job
 * in local[2] (counting alone, and end to end from a Parquet export of order lines to the Parquet statistics), and
 * Spark MLlib's FPGrowth (min support 100 baskets, min confidence 0.5, the figures of shared/data/README.md). Prints
 * the per-core rate of pair increments the paper estimate of docs/benchmarks.md scales from. Scale-up k: retail copied
 * k times with disjoint item ids (as benchmarks' ScaleRun), the hardest case, since no pair is shared between copies.
 * Usage: {@code mvn -B -Pspark,spark-benchmark -pl crosssell-spark -am verify -DskipTests [-Dsparkbench.args="1 10"]}.
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] factors = args.length == 0 ? new int[] {1} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        boolean fpGrowth = !"false".equals(System.getProperty("sparkbench.fpgrowth"));
        List<Basket> retail = SharedBaskets.load("retail.dat");
        long shift = 0;
        for (Basket basket : retail) {
            for (long id : basket.productIds()) {
                shift = Math.max(shift, id + 1);
            }
        }
        SparkSession spark = LocalSpark.start();
        int cores = spark.sparkContext().defaultParallelism();
        System.out.printf(Locale.ROOT, "[spark] JVM %s, max heap %d MiB, Spark %s, master %s (%d cores), shuffle partitions %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, spark.version(),
                spark.sparkContext().master(), cores, spark.conf().get("spark.sql.shuffle.partitions"));
        Path work = Files.createTempDirectory("crosssell-spark-bench");
        try {
            for (int factor : factors) {
                run(spark, scaled(retail, factor, shift), factor, cores, fpGrowth, work);
            }
        } finally {
            spark.stop();
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(SparkSession spark, List<Basket> baskets, int factor, int cores, boolean fpGrowth, Path work) {
        long increments = 0;
        for (Basket basket : baskets) {
            increments += (long) basket.size() * (basket.size() - 1) / 2;
        }
        // In-process: one warm-up, then the best of three (one run past x1).
        int runs = factor == 1 ? 3 : 1;
        CoPurchaseStatistics mined = CoPurchaseMiner.mine(baskets);
        double inProcess = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            mined = CoPurchaseMiner.mine(baskets);
            inProcess = Math.min(inProcess, seconds(start));
        }

        Path lines = work.resolve("lines-x" + factor);
        orderLines(spark, baskets).write().parquet(lines.toString());
        Dataset<Row> read = ExportedOrderLines.parquet(lines.toString()).read(spark);
        // Spark, counting alone: order lines to item and pair counts, materialized.
        CoPurchaseCounts.count(read, MiningThresholds.defaults(), 0, 0).release();
        double counting = Double.MAX_VALUE;
        long pairs = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            CoPurchaseCounts counts = CoPurchaseCounts.count(read, MiningThresholds.defaults(), 0, 0);
            pairs = counts.pairs().count();
            counts.items().count();
            counting = Math.min(counting, seconds(start));
            counts.release();
        }
        if (pairs != mined.distinctPairs()) {
            throw new IllegalStateException("Spark counted " + pairs + " pairs, the miner " + mined.distinctPairs());
        }
        // Spark, the job end to end: Parquet export in, Parquet statistics (items, pairs with measures, ledger, top 10) out.
        long start = System.nanoTime();
        CoPurchaseJob.Result result = new CoPurchaseJob(spark, JobSettings.parse("--orders=parquet:" + lines,
                "--output=parquet:" + work.resolve("statistics-x" + factor), "--top-k=10")).run();
        double job = seconds(start);

        System.out.printf(Locale.ROOT, "[spark] x%d: %,d baskets, %,d pair increments, %,d distinct pairs (job: %,d)%n", factor,
                baskets.size(), increments, mined.distinctPairs(), result.pairs);
        System.out.printf(Locale.ROOT, "[spark] x%d in-process miner (1 thread)      %8.2f s   %,12.0f pair increments/s/core%n",
                factor, inProcess, increments / inProcess);
        System.out.printf(Locale.ROOT, "[spark] x%d Spark counting, local[%d]          %8.2f s   %,12.0f pair increments/s/core%n",
                factor, cores, counting, increments / counting / cores);
        System.out.printf(Locale.ROOT, "[spark] x%d Spark job end to end, local[%d]    %8.2f s   %,12.0f pair increments/s/core%n",
                factor, cores, job, increments / job / cores);
        if (fpGrowth) {
            fpGrowth(spark, baskets, factor, cores);
        }
    }

    private static void fpGrowth(SparkSession spark, List<Basket> baskets, int factor, int cores) {
        List<Row> rows = new ArrayList<>(baskets.size());
        for (Basket basket : baskets) {
            Long[] items = Arrays.stream(basket.productIds()).boxed().toArray(Long[]::new);
            rows.add(RowFactory.create((Object) items));
        }
        Dataset<Row> transactions = spark.createDataFrame(rows,
                new StructType().add("items", DataTypes.createArrayType(DataTypes.LongType))).cache();
        transactions.count();
        long start = System.nanoTime();
        FPGrowthModel model = new FPGrowth().setItemsCol("items").setMinSupport(100.0 / baskets.size())
                .setMinConfidence(0.5).fit(transactions);
        long itemsets = model.freqItemsets().count();
        long rules = model.associationRules().count();
        System.out.printf(Locale.ROOT, "[spark] x%d MLlib FPGrowth, local[%d]             %8.2f s   (%,d itemsets, %,d rules;"
                + " min support 100 baskets, confidence 0.5)%n", factor, cores, seconds(start), itemsets, rules);
        transactions.unpersist();
    }

    private static Dataset<Row> orderLines(SparkSession spark, List<Basket> baskets) {
        List<Row> rows = new ArrayList<>();
        for (Basket basket : baskets) {
            for (long product : basket.productIds()) {
                rows.add(RowFactory.create(basket.orderId(), product));
            }
        }
        return spark.createDataFrame(rows, new StructType().add(OrderLineSource.ORDER_ID, DataTypes.LongType)
                .add(OrderLineSource.PRODUCT_ID, DataTypes.LongType));
    }

    /** retail.dat k times; copy c has item ids shifted by c x shift and order ids c x baskets + line. */
    private static List<Basket> scaled(List<Basket> retail, int factor, long shift) {
        if (factor == 1) {
            return retail;
        }
        List<Basket> scaled = new ArrayList<>(retail.size() * factor);
        for (int copy = 0; copy < factor; copy++) {
            for (Basket basket : retail) {
                long[] ids = basket.productIds();
                for (int i = 0; i < ids.length; i++) {
                    ids[i] += copy * shift;
                }
                scaled.add(Basket.of((long) copy * retail.size() + basket.orderId(), ids));
            }
        }
        return scaled;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
