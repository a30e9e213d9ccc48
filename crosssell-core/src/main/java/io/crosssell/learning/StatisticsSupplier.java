package io.crosssell.learning;

import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;

/** The current co-purchase statistics and the thresholds to read them with. */
public interface StatisticsSupplier {

    CoPurchaseStatistics statistics();

    MiningThresholds thresholds();

    /** Statistics that never change, read with these thresholds (benchmarks, evaluations, tests). */
    static StatisticsSupplier fixed(final CoPurchaseStatistics statistics, final MiningThresholds thresholds) {
        return new StatisticsSupplier() {
            @Override
            public CoPurchaseStatistics statistics() {
                return statistics;
            }

            @Override
            public MiningThresholds thresholds() {
                return thresholds;
            }
        };
    }
}
