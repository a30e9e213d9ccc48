package io.crosssell.learning;

import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;

/** The current co-purchase statistics and the thresholds to read them with. */
public interface StatisticsSupplier {

    CoPurchaseStatistics statistics();

    MiningThresholds thresholds();
}
