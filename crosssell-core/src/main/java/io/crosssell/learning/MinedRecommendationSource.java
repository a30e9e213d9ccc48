package io.crosssell.learning;

import java.util.ArrayList;
import java.util.List;

import io.crosssell.mining.Association;
import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.Tier;

/**
 * Products often bought with the anchor, from mined order history: those passing the thresholds,
 * ranked by the association score (lift weighted by confidence, see {@link Association}).
 */
public final class MinedRecommendationSource implements RecommendationSource {

    public static final String NAME = "mined";

    private final StatisticsSupplier statistics;

    public MinedRecommendationSource(StatisticsSupplier statistics) {
        this.statistics = statistics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
        List<Association> associations = statistics.statistics().associationsOf(anchorProductId, statistics.thresholds());
        List<Candidate> candidates = new ArrayList<Candidate>(associations.size());
        for (Association association : associations) {
            candidates.add(Candidate.ranked(association.productId(), Tier.MINED, association.score(),
                    new Reason(NAME, association.describe())));
        }
        return candidates;
    }
}
