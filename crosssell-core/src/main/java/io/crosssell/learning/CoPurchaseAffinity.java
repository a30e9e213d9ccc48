package io.crosssell.learning;

import io.crosssell.rule.engine.RuleRecommendationSource;

/** Orders a category rule's target products by how often each was bought with the anchor. */
public final class CoPurchaseAffinity implements RuleRecommendationSource.TargetAffinity {

    private final StatisticsSupplier statistics;

    public CoPurchaseAffinity(StatisticsSupplier statistics) {
        this.statistics = statistics;
    }

    @Override
    public double affinity(long anchorProductId, long targetProductId) {
        return statistics.statistics().pairCount(anchorProductId, targetProductId);
    }
}
