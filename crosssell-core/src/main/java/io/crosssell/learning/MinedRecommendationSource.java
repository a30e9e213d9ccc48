package io.crosssell.learning;

import java.util.ArrayList;
import java.util.List;

import io.crosssell.mining.Association;
import io.crosssell.mining.AssociationScoring;
import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.Tier;

/**
 * Products often bought with the anchor, from mined order history: those passing the thresholds,
 * ranked by an {@link AssociationScoring} ({@link AssociationScoring#DEFAULT} unless given one).
 */
public final class MinedRecommendationSource implements RecommendationSource {

    public static final String NAME = "mined";

    private final StatisticsSupplier statistics;
    private final AssociationScoring scoring;

    public MinedRecommendationSource(StatisticsSupplier statistics) {
        this(statistics, AssociationScoring.DEFAULT);
    }

    public MinedRecommendationSource(StatisticsSupplier statistics, AssociationScoring scoring) {
        this.statistics = statistics;
        this.scoring = scoring;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
        List<Association> associations = statistics.statistics().associationsOf(anchorProductId, statistics.thresholds(),
                scoring);
        List<Candidate> candidates = new ArrayList<Candidate>(associations.size());
        for (Association association : associations) {
            candidates.add(Candidate.ranked(association.productId(), Tier.MINED, scoring.score(association),
                    new Reason(NAME, association.describe())));
        }
        return candidates;
    }
}
