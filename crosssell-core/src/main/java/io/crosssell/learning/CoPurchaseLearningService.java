package io.crosssell.learning;

import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;

/** Learns co-purchase statistics from Broadleaf's submitted orders and keeps them current. */
public interface CoPurchaseLearningService extends StatisticsSupplier {

    /** Recounts everything from all submitted orders, replacing the stored statistics in one transaction. */
    RebuildResult rebuild();

    /**
     * Folds one submitted order into the statistics. Idempotent: returns false, changing nothing, when
     * the order was already counted, or is not (or no longer) submitted.
     */
    boolean recordOrder(long orderId);

    /** Folds in submitted orders that are not counted yet (missed events, a restart); returns how many. */
    int catchUp();

    /** The stored statistics, read again only when their version changed. */
    @Override
    CoPurchaseStatistics statistics();

    /** The version stamp of the stored statistics; changes with every rebuild or folded order. */
    long statisticsVersion();

    @Override
    MiningThresholds thresholds();

    /** What a rebuild did. */
    final class RebuildResult {
        public final int orders;
        public final int items;
        public final long pairs;
        public final long millis;

        public RebuildResult(int orders, int items, long pairs, long millis) {
            this.orders = orders;
            this.items = items;
            this.pairs = pairs;
            this.millis = millis;
        }

        @Override
        public String toString() {
            return orders + " orders, " + items + " products, " + pairs + " pairs in " + millis + " ms";
        }
    }
}
