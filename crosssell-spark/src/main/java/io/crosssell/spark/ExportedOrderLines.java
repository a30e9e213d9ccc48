package io.crosssell.spark;

import java.util.Arrays;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Order lines exported to CSV (with a header) or Parquet: columns {@code order_id}, {@code product_id} and, optionally,
 * {@code submitted_at} as epoch millis (or a Parquet timestamp). Without submitted_at every order counts fully.
 */
public final class ExportedOrderLines implements OrderLineSource {

    private final String path;
    private final boolean parquet;

    private ExportedOrderLines(String path, boolean parquet) {
        this.path = path;
        this.parquet = parquet;
    }

    public static ExportedOrderLines csv(String path) {
        return new ExportedOrderLines(path, false);
    }

    public static ExportedOrderLines parquet(String path) {
        return new ExportedOrderLines(path, true);
    }

    @Override
    public Dataset<Row> read(SparkSession spark) {
        Dataset<Row> lines = parquet ? spark.read().parquet(path) : spark.read().option("header", "true").csv(path);
        Column submitted;
        if (!Arrays.asList(lines.columns()).contains(SUBMITTED_AT)) {
            submitted = functions.lit(0L);
        } else if (lines.schema().apply(SUBMITTED_AT).dataType().equals(DataTypes.TimestampType)) {
            submitted = functions.unix_millis(lines.col(SUBMITTED_AT));
        } else {
            submitted = lines.col(SUBMITTED_AT).cast("long");
        }
        return lines.select(lines.col(ORDER_ID).cast("long").as(ORDER_ID),
                functions.coalesce(submitted, functions.lit(0L)).as(SUBMITTED_AT),
                lines.col(PRODUCT_ID).cast("long").as(PRODUCT_ID));
    }
}
