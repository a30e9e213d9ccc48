package io.crosssell.learning;

/**
 * Read-only figures operators watch over JMX ({@code io.crosssell:type=CoPurchaseStatistics}): what keeping this
 * process's copy of the co-purchase statistics current has cost since it started, and what the copy holds.
 */
public interface CoPurchaseStatisticsUpkeepMBean {

    /** Times the copy was read from the tables in full: at start, after a rebuild, or when far behind. */
    long getFullReads();

    /** Logged order changes applied to the copy instead. */
    long getChangesApplied();

    /** Time spent checking for, applying and reading changes, in milliseconds. */
    long getRefreshMillis();

    /** The (decay-weighted) number of orders the copy counts. */
    double getBasketCount();

    /** How many counted orders hold both products, as the copy has it. */
    double pairCount(long productA, long productB);

    /** How many counted orders hold the product, as the copy has it. */
    double itemCount(long productId);
}
