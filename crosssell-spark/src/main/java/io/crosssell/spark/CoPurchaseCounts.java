package io.crosssell.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import io.crosssell.mining.MiningThresholds;

/**
 * Item and pair counts of a set of orders, counted as {@code CoPurchaseMiner} counts them: each order once, each
 * distinct product of an order once, every pair of an order's distinct products once, each with the order's decay
 * weight. Pairs are keyed by both products ({@code product_a < product_b}), so one best seller's pairs spread over
 * every shuffle partition and partial sums form before the shuffle.
 */
public final class CoPurchaseCounts {

    static final String WEIGHT = "weight";
    static final String PRODUCTS = "products";
    static final String BASKETS = "baskets";
    static final String PRODUCT_A = "product_a";
    static final String PRODUCT_B = "product_b";

    private static final StructType PAIR_INCREMENT = new StructType()
            .add(PRODUCT_A, DataTypes.LongType, false)
            .add(PRODUCT_B, DataTypes.LongType, false)
            .add(WEIGHT, DataTypes.DoubleType, false);

    private final Dataset<Row> orders;
    private final Dataset<Row> items;
    private final Dataset<Row> pairs;
    private final double basketCount;
    private final long orderCount;
    private final long cappedOrders;

    private CoPurchaseCounts(Dataset<Row> orders, Dataset<Row> items, Dataset<Row> pairs, double basketCount,
            long orderCount, long cappedOrders) {
        this.orders = orders;
        this.items = items;
        this.pairs = pairs;
        this.basketCount = basketCount;
        this.orderCount = orderCount;
        this.cappedOrders = cappedOrders;
    }

    /**
     * Counts the order lines ({@link OrderLineSource} columns).
     *
     * @param decay           the half-life of the weights ({@link MiningThresholds#decayWeight})
     * @param referenceMillis the decay reference, stored with the statistics for incremental folding
     * @param maxBasketItems  orders with more distinct products add no pairs (they still count as an order and for
     *                        their items); 0 = no cap, exactly as the in-process miner
     */
    public static CoPurchaseCounts count(Dataset<Row> lines, MiningThresholds decay, long referenceMillis,
            int maxBasketItems) {
        double halfLifeDays = decay.halfLifeDays();
        Dataset<Row> orders = lines
                .where(col(OrderLineSource.ORDER_ID).isNotNull().and(col(OrderLineSource.PRODUCT_ID).isNotNull()))
                .groupBy(OrderLineSource.ORDER_ID)
                .agg(functions.min(OrderLineSource.SUBMITTED_AT).as(OrderLineSource.SUBMITTED_AT),
                        functions.array_sort(functions.collect_set(OrderLineSource.PRODUCT_ID)).as(PRODUCTS));
        // The miner's own weight function, so decayed weights are the same doubles.
        orders = orders.withColumn(WEIGHT, functions.udf(
                (Long submitted) -> MiningThresholds.of(1, 0, 0, halfLifeDays).decayWeight(submitted, referenceMillis),
                DataTypes.DoubleType).apply(col(OrderLineSource.SUBMITTED_AT)))
                .select(OrderLineSource.ORDER_ID, WEIGHT, PRODUCTS)
                .persist(StorageLevel.MEMORY_AND_DISK());

        boolean capped = maxBasketItems > 0;
        Row totals = orders.agg(functions.sum(WEIGHT), functions.count(lit(1)),
                functions.sum(functions.when(lit(capped).and(functions.size(col(PRODUCTS)).gt(maxBasketItems)), 1)
                        .otherwise(0))).first();
        long orderCount = totals.getLong(1);
        double basketCount = orderCount == 0 ? 0.0 : totals.getDouble(0);
        long cappedOrders = orderCount == 0 ? 0 : totals.getLong(2);

        Dataset<Row> items = orders
                .select(functions.explode(col(PRODUCTS)).as(OrderLineSource.PRODUCT_ID), col(WEIGHT))
                .groupBy(OrderLineSource.PRODUCT_ID)
                .agg(functions.sum(WEIGHT).as(BASKETS))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> pairable = capped ? orders.where(functions.size(col(PRODUCTS)).leq(maxBasketItems)) : orders;
        Dataset<Row> pairs = pairable
                .flatMap((FlatMapFunction<Row, Row>) CoPurchaseCounts::pairsOf, Encoders.row(PAIR_INCREMENT))
                .groupBy(PRODUCT_A, PRODUCT_B)
                .agg(functions.sum(WEIGHT).as(BASKETS))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new CoPurchaseCounts(orders, items, pairs, basketCount, orderCount, cappedOrders);
    }

    private static Iterator<Row> pairsOf(Row order) {
        double weight = order.getDouble(1);
        List<Long> products = order.getList(2);
        int n = products.size();
        List<Row> increments = new ArrayList<>(n * (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            long a = products.get(i);
            for (int j = i + 1; j < n; j++) {
                increments.add(RowFactory.create(a, products.get(j), weight));
            }
        }
        return increments.iterator();
    }

    /** The ledger: {@code order_id}, {@code weight} of every order counted. */
    public Dataset<Row> orders() {
        return orders.select(OrderLineSource.ORDER_ID, WEIGHT);
    }

    /** {@code product_id}, {@code baskets}: the (weighted) number of orders holding the product. */
    public Dataset<Row> items() {
        return items;
    }

    /** {@code product_a < product_b}, {@code baskets}: the (weighted) number of orders holding both. */
    public Dataset<Row> pairs() {
        return pairs;
    }

    /** The (weighted) number of orders counted. */
    public double basketCount() {
        return basketCount;
    }

    /** How many orders were counted. */
    public long orderCount() {
        return orderCount;
    }

    /** How many orders added no pairs because they held more distinct products than the cap. */
    public long cappedOrders() {
        return cappedOrders;
    }

    /**
     * Each pair with support, confidence both ways and lift, by the formulas of {@code CoPurchaseStatistics} in the
     * same order of operations, so the doubles are the same.
     */
    public Dataset<Row> pairMeasures() {
        Dataset<Row> countA = items.select(col(OrderLineSource.PRODUCT_ID).as(PRODUCT_A), col(BASKETS).as("count_a"));
        Dataset<Row> countB = items.select(col(OrderLineSource.PRODUCT_ID).as(PRODUCT_B), col(BASKETS).as("count_b"));
        return pairs.join(countA, PRODUCT_A).join(countB, PRODUCT_B)
                .select(col(PRODUCT_A), col(PRODUCT_B), col(BASKETS),
                        col(BASKETS).divide(lit(basketCount)).as("support"),
                        col(BASKETS).divide(col("count_a")).as("confidence_a_to_b"),
                        col(BASKETS).divide(col("count_b")).as("confidence_b_to_a"),
                        col(BASKETS).multiply(lit(basketCount)).divide(col("count_a").multiply(col("count_b"))).as("lift"));
    }

    /**
     * Per anchor the partners that pass the thresholds, best {@code lift x confidence} first, ties by ascending product
     * id, at most {@code topK} ({@code CoPurchaseStatistics.associationsOf} and the storefront's list): columns
     * {@code anchor_id, rank, partner_id, baskets, support, confidence, lift, score}.
     */
    public Dataset<Row> associations(MiningThresholds thresholds, int topK) {
        Dataset<Row> measured = pairMeasures();
        Dataset<Row> forward = measured.select(col(PRODUCT_A).as("anchor_id"), col(PRODUCT_B).as("partner_id"),
                col(BASKETS), col("support"), col("confidence_a_to_b").as("confidence"), col("lift"));
        Dataset<Row> backward = measured.select(col(PRODUCT_B).as("anchor_id"), col(PRODUCT_A).as("partner_id"),
                col(BASKETS), col("support"), col("confidence_b_to_a").as("confidence"), col("lift"));
        Dataset<Row> admitted = forward.unionByName(backward)
                .where(col(BASKETS).geq(thresholds.minPairCount())
                        .and(col("confidence").geq(thresholds.minConfidence()))
                        .and(col("lift").geq(thresholds.minLift())))
                .withColumn("score", col("lift").multiply(col("confidence")));
        WindowSpec best = Window.partitionBy("anchor_id").orderBy(col("score").desc(), col("partner_id").asc());
        return admitted.withColumn("rank", functions.row_number().over(best))
                .where(col("rank").leq(topK))
                .select("anchor_id", "rank", "partner_id", BASKETS, "support", "confidence", "lift", "score");
    }

    /** The pairs in the top {@code topK} of either product ({@link #associations}), with their counts. */
    public Dataset<Row> pairsInTopK(MiningThresholds thresholds, int topK) {
        Dataset<Row> kept = associations(thresholds, topK)
                .select(functions.least(col("anchor_id"), col("partner_id")).as(PRODUCT_A),
                        functions.greatest(col("anchor_id"), col("partner_id")).as(PRODUCT_B))
                .distinct();
        return pairs.join(kept, pairs.col(PRODUCT_A).equalTo(kept.col(PRODUCT_A))
                .and(pairs.col(PRODUCT_B).equalTo(kept.col(PRODUCT_B))), "left_semi");
    }

    /** Frees the cached orders, items and pairs. */
    public void release() {
        pairs.unpersist();
        items.unpersist();
        orders.unpersist();
    }
}
