package io.crosssell.learning;

import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;

/** Learns co-purchase statistics from Broadleaf's submitted orders and keeps them current. */
public interface CoPurchaseLearningService extends StatisticsSupplier {

    /** Recounts everything from all submitted orders, replacing the stored statistics in one transaction. */
    RebuildResult rebuild();

    /** {@link #rebuild()}, reporting its progress as it goes. */
    RebuildResult rebuild(RebuildProgress progress);

    /** The last rebuild as stored (any process's), or null if there was none. */
    LastRebuild lastRebuild();

    /** Told how far a rebuild got: its phase and, where known, items done of a total. */
    interface RebuildProgress {
        RebuildProgress NONE = new RebuildProgress() {
            @Override
            public void step(String phase, long done, long total) {
            }
        };

        void step(String phase, long done, long total);
    }

    /** When the last rebuild started, how long it took and how many orders it read. */
    final class LastRebuild {
        public final java.util.Date started;
        public final long millis;
        public final int orders;

        public LastRebuild(java.util.Date started, long millis, int orders) {
            this.started = started == null ? null : new java.util.Date(started.getTime());
            this.millis = millis;
            this.orders = orders;
        }
    }

    /**
     * Folds one submitted order into the statistics. Idempotent: returns false, changing nothing, when
     * the order was already counted, or is not (or no longer) submitted.
     */
    boolean recordOrder(long orderId);

    /**
     * Takes a counted order that Broadleaf has since cancelled back out of the statistics, with the weight it was
     * counted with, so they equal a rebuild over the remaining orders. Idempotent: false, changing nothing, when the
     * order is not counted or not cancelled.
     */
    boolean withdrawOrder(long orderId);

    /**
     * Folds in submitted orders that are not counted yet (missed events, a restart) and takes cancelled ones back
     * out; returns how many orders it folded in or took out.
     */
    int catchUp();

    /**
     * The stored statistics as this process holds them: read in full at first and after every rebuild, otherwise
     * kept current by applying the orders folded in or taken out since (by any process), checked once a second.
     */
    @Override
    CoPurchaseStatistics statistics();

    /** The version stamp of the stored statistics: 0 before the first rebuild, changed by every rebuild. */
    long statisticsVersion();

    /** Tells the listener, in the thread that asked for {@link #statistics()}, whenever the statistics held change. */
    void addChangeListener(StatisticsChangeListener listener);

    /** The thresholds in use: those saved in the admin, else the configured ones; re-read every few seconds. */
    @Override
    MiningThresholds thresholds();

    /** The thresholds from the {@code crosssell.mining.*} settings, used until a merchandiser saves others. */
    MiningThresholds configuredThresholds();

    /**
     * Stores thresholds for every process. Counts, confidence and lift apply to what is served at once; a new
     * half-life changes how orders are weighted, so it applies to the stored statistics after a rebuild.
     */
    void saveThresholds(MiningThresholds thresholds);

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
