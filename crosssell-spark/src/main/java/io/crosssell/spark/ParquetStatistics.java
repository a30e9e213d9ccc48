package io.crosssell.spark;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import io.crosssell.mining.MiningThresholds;

/**
 * The counts as Parquet folders under one directory: {@code items}, {@code pairs} (with support, confidence both ways
 * and lift), {@code orders} (the ledger), {@code associations} (each product's top K served partners) and
 * {@code summary} (one row: orders, weighted basket count, decay reference). Existing folders are replaced.
 */
public final class ParquetStatistics implements StatisticsOutput {

    private final SparkSession spark;
    private final String directory;
    private final MiningThresholds thresholds;
    private final int topK;

    public ParquetStatistics(SparkSession spark, String directory, MiningThresholds thresholds, int topK) {
        this.spark = spark;
        this.directory = directory;
        this.thresholds = thresholds;
        this.topK = topK;
    }

    @Override
    public void write(CoPurchaseCounts counts, RunInfo run) {
        counts.items().write().mode(SaveMode.Overwrite).parquet(directory + "/items");
        counts.pairMeasures().write().mode(SaveMode.Overwrite).parquet(directory + "/pairs");
        counts.orders().write().mode(SaveMode.Overwrite).parquet(directory + "/orders");
        counts.associations(thresholds, topK).write().mode(SaveMode.Overwrite).parquet(directory + "/associations");
        StructType summary = new StructType()
                .add("orders", DataTypes.LongType)
                .add("baskets", DataTypes.DoubleType)
                .add("decay_reference", DataTypes.LongType)
                .add("started", DataTypes.LongType);
        List<Row> row = List.of(RowFactory.create(counts.orderCount(), counts.basketCount(), run.referenceMillis,
                run.startedMillis));
        spark.createDataFrame(row, summary).coalesce(1).write().mode(SaveMode.Overwrite).parquet(directory + "/summary");
    }
}
