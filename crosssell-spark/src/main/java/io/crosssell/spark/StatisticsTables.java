package io.crosssell.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the counts into the plugin's statistics tables as a rebuild does: CS_COPURCHASE_ITEM, CS_COPURCHASE_PAIR and
 * the ledger CS_MINED_ORDER replaced, CS_MINING_STATE given the weighted basket count, the decay reference and the
 * last rebuild, and its version bumped so storefronts reload.
 *
 * <p>Executors bulk-insert into staging tables first (batched, in parallel); then one transaction on the driver locks
 * the state row (the lock incremental folding takes, so no order is folded half into old and half into new tables),
 * replaces the three tables from the staging tables with INSERT ... SELECT inside the database, and updates the state
 * row. Readers see the old statistics or the new ones, never a mix. Orders folded in by the storefront while the job
 * ran are in the old ledger but not in the new one, so the storefront's catch-up folds them again into the new tables.
 */
public final class StatisticsTables implements StatisticsOutput {

    static final String STAGED_ITEMS = "CS_SPARK_STAGE_ITEM";
    static final String STAGED_PAIRS = "CS_SPARK_STAGE_PAIR";
    static final String STAGED_ORDERS = "CS_SPARK_STAGE_ORDER";
    private static final int BATCH_ROWS = 10_000;

    private final Database database;
    private final int writePartitions;
    private final PairSelection pairSelection;

    /** Which pair rows go into the table: all (as the in-process rebuild), or those some product serves. */
    @FunctionalInterface
    public interface PairSelection {
        Dataset<Row> pairs(CoPurchaseCounts counts);
    }

    /** @param writePartitions parallel inserting connections; 0 = as the data is partitioned, at most 8 */
    public StatisticsTables(Database database, int writePartitions, PairSelection pairSelection) {
        this.database = database;
        this.writePartitions = writePartitions;
        this.pairSelection = pairSelection;
    }

    @Override
    public void write(CoPurchaseCounts counts, RunInfo run) {
        try {
            createStagingTables();
            stage(counts.items().select(col("product_id", "PRODUCT_ID"), col(CoPurchaseCounts.BASKETS, "BASKETS")), STAGED_ITEMS);
            stage(pairSelection.pairs(counts).select(col(CoPurchaseCounts.PRODUCT_A, "PRODUCT_A"),
                    col(CoPurchaseCounts.PRODUCT_B, "PRODUCT_B"), col(CoPurchaseCounts.BASKETS, "BASKETS")), STAGED_PAIRS);
            stage(counts.orders().select(col(OrderLineSource.ORDER_ID, "ORDER_ID"), col(CoPurchaseCounts.WEIGHT, "WEIGHT")),
                    STAGED_ORDERS);
            swap(counts, run);
        } catch (SQLException failed) {
            throw new IllegalStateException("Writing the statistics tables failed; the plugin's tables are unchanged: "
                    + failed.getMessage(), failed);
        } finally {
            dropStagingTables();
        }
    }

    private static org.apache.spark.sql.Column col(String name, String as) {
        return org.apache.spark.sql.functions.col(name).as(as);
    }

    private void createStagingTables() throws SQLException {
        dropStagingTables();
        try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
            // Unquoted names in DDL and the database's own case at insert time (Spark reads it back), on every dialect.
            statement.executeUpdate("CREATE TABLE " + STAGED_ITEMS + " (PRODUCT_ID BIGINT NOT NULL, BASKETS DOUBLE PRECISION NOT NULL)");
            statement.executeUpdate("CREATE TABLE " + STAGED_PAIRS
                    + " (PRODUCT_A BIGINT NOT NULL, PRODUCT_B BIGINT NOT NULL, BASKETS DOUBLE PRECISION NOT NULL)");
            statement.executeUpdate("CREATE TABLE " + STAGED_ORDERS + " (ORDER_ID BIGINT NOT NULL, WEIGHT DOUBLE PRECISION NOT NULL)");
        }
    }

    private void stage(Dataset<Row> rows, String table) {
        Dataset<Row> writers = rows;
        int partitions = writePartitions > 0 ? writePartitions : Math.min(8, rows.rdd().getNumPartitions());
        if (partitions != rows.rdd().getNumPartitions()) {
            writers = rows.coalesce(partitions);
        }
        writers.write().mode(SaveMode.Append).option("batchsize", BATCH_ROWS).jdbc(database.url(), table,
                database.properties());
    }

    private void swap(CoPurchaseCounts counts, RunInfo run) throws SQLException {
        try (Connection connection = database.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // The first write takes the state row's lock, as every writer of the plugin does before anything else.
                if (statement.executeUpdate("UPDATE CS_MINING_STATE SET VERSION_STAMP = VERSION_STAMP + 1 WHERE ID = 1") == 0) {
                    statement.executeUpdate("INSERT INTO CS_MINING_STATE (ID, BASKETS, VERSION_STAMP, DECAY_REFERENCE)"
                            + " VALUES (1, 0, 1, 0)");
                }
                statement.executeUpdate("DELETE FROM CS_COPURCHASE_PAIR");
                statement.executeUpdate("DELETE FROM CS_COPURCHASE_ITEM");
                statement.executeUpdate("DELETE FROM CS_MINED_ORDER");
                statement.executeUpdate("INSERT INTO CS_COPURCHASE_ITEM (PRODUCT_ID, BASKETS) SELECT PRODUCT_ID, BASKETS FROM "
                        + STAGED_ITEMS);
                statement.executeUpdate("INSERT INTO CS_COPURCHASE_PAIR (PRODUCT_A, PRODUCT_B, BASKETS)"
                        + " SELECT PRODUCT_A, PRODUCT_B, BASKETS FROM " + STAGED_PAIRS);
                Timestamp started = new Timestamp(run.startedMillis);
                try (PreparedStatement ledger = connection.prepareStatement(
                        "INSERT INTO CS_MINED_ORDER (ORDER_ID, WEIGHT, MINED_AT) SELECT ORDER_ID, WEIGHT, ? FROM " + STAGED_ORDERS)) {
                    ledger.setTimestamp(1, started);
                    ledger.executeUpdate();
                }
                try (PreparedStatement state = connection.prepareStatement("UPDATE CS_MINING_STATE SET BASKETS = ?,"
                        + " DECAY_REFERENCE = ?, LAST_REBUILD_STARTED = ?, LAST_REBUILD_MILLIS = ?, LAST_REBUILD_ORDERS = ? WHERE ID = 1")) {
                    state.setDouble(1, counts.basketCount());
                    state.setLong(2, run.referenceMillis);
                    state.setTimestamp(3, started);
                    state.setLong(4, System.currentTimeMillis() - run.startedMillis);
                    state.setInt(5, (int) Math.min(Integer.MAX_VALUE, counts.orderCount()));
                    state.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        }
    }

    private void dropStagingTables() {
        for (String table : new String[] {STAGED_ITEMS, STAGED_PAIRS, STAGED_ORDERS}) {
            try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("DROP TABLE " + table);
            } catch (SQLException absent) {
                // Not there: nothing to drop.
            }
        }
    }
}
