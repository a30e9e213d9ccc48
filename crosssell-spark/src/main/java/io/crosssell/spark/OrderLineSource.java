package io.crosssell.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where the job reads submitted orders: one row per order line with the columns {@link #ORDER_ID} and
 * {@link #PRODUCT_ID} (longs) and {@link #SUBMITTED_AT} (epoch millis, null when unknown). Repeated products of an
 * order and repeated lines count once.
 */
public interface OrderLineSource {

    String ORDER_ID = "order_id";
    String SUBMITTED_AT = "submitted_at";
    String PRODUCT_ID = "product_id";

    Dataset<Row> read(SparkSession spark);
}
