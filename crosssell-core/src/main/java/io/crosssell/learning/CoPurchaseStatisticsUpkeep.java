package io.crosssell.learning;

/** The JMX face of a process's co-purchase statistics: read-only, so nothing can be rebuilt or changed through it. */
public class CoPurchaseStatisticsUpkeep implements CoPurchaseStatisticsUpkeepMBean {

    private final CoPurchaseLearningServiceImpl learning;

    public CoPurchaseStatisticsUpkeep(CoPurchaseLearningServiceImpl learning) {
        this.learning = learning;
    }

    @Override
    public long getFullReads() {
        return learning.keepingCurrent().fullReads;
    }

    @Override
    public long getChangesApplied() {
        return learning.keepingCurrent().changesApplied;
    }

    @Override
    public long getRefreshMillis() {
        return learning.keepingCurrent().nanos / 1_000_000L;
    }

    @Override
    public double getBasketCount() {
        return learning.statistics().basketCount();
    }

    @Override
    public double pairCount(long productA, long productB) {
        return learning.statistics().pairCount(productA, productB);
    }

    @Override
    public double itemCount(long productId) {
        return learning.statistics().itemCount(productId);
    }
}
