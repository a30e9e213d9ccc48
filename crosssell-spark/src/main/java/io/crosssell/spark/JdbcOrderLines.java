package io.crosssell.spark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Submitted orders' product lines straight from Broadleaf's tables, read in parallel ranges of order id. The query
 * is the SQL of the in-process rebuild's (OrderHistoryReader): discrete items of SUBMITTED orders joined to their
 * product, add-on lines (the {@code crosssell.addon} attribute) left out.
 */
public final class JdbcOrderLines implements OrderLineSource {

    // The add-on marker of AddOnLines.ADDON; the constant is inlined, so no class of the plugin's add-on package loads.
    private static final String LINES = "SELECT o.ORDER_ID AS " + ORDER_ID + ", o.SUBMIT_DATE AS submit_date, d.PRODUCT_ID AS "
            + PRODUCT_ID
            + " FROM BLC_ORDER o"
            + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
            + " JOIN BLC_PRODUCT p ON p.PRODUCT_ID = d.PRODUCT_ID"
            + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND NOT EXISTS (SELECT a.ORDER_ITEM_ATTRIBUTE_ID FROM BLC_ORDER_ITEM_ATTRIBUTE a"
            + " WHERE a.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND a.NAME = '" + io.crosssell.addon.service.AddOnLines.ADDON + "')";

    private final Database database;
    private final int partitions;

    /** @param partitions parallel range reads; 0 = Spark's default parallelism */
    public JdbcOrderLines(Database database, int partitions) {
        this.database = database;
        this.partitions = partitions;
    }

    @Override
    public Dataset<Row> read(SparkSession spark) {
        long[] bounds = submittedOrderIdBounds();
        int ranges = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        Dataset<Row> lines = spark.read().jdbc(database.url(), "(" + LINES + ") submitted_lines", ORDER_ID,
                bounds[0], bounds[1] + 1, Math.max(1, ranges), database.properties());
        // Date.getTime() of the timestamp, as the in-process reader takes it; a missing date counts as 0 there too.
        return lines.select(lines.col(ORDER_ID).cast("long").as(ORDER_ID),
                functions.coalesce(functions.unix_millis(lines.col("submit_date")), functions.lit(0L)).as(SUBMITTED_AT),
                lines.col(PRODUCT_ID).cast("long").as(PRODUCT_ID));
    }

    private long[] submittedOrderIdBounds() {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement();
                ResultSet bounds = statement.executeQuery(
                        "SELECT MIN(ORDER_ID), MAX(ORDER_ID) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'")) {
            bounds.next();
            long min = bounds.getLong(1);
            return bounds.wasNull() ? new long[] {0, 0} : new long[] {min, bounds.getLong(2)};
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not read the range of submitted order ids: " + failed.getMessage(), failed);
        }
    }
}
