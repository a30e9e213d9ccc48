package io.crosssell.learning;

import java.util.ArrayList;
import java.util.List;

import io.crosssell.mining.Association;
import io.crosssell.mining.AssociationScoring;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.Tier;

/**
 * Back-fill for anchors with few mined pairs: products bought with the anchor in at least one order
 * that miss the thresholds, most often bought with it first. They are fallbacks, so they only fill places
 * that rules and mined pairs leave free, ahead of category best sellers (whose weights are 0 or less):
 * an anchor's own co-purchases say more about it than its category does.
 */
public final class CoPurchaseBackfillSource implements RecommendationSource {

    public static final String NAME = "backfill";
    /** More than any placement shows, so a cart's or a customer's filters still leave enough. */
    static final int MAX_ITEMS = 10;

    private static final MiningThresholds EVERY_PAIR = MiningThresholds.of(1, 0, 0, 0);

    private final StatisticsSupplier statistics;

    public CoPurchaseBackfillSource(StatisticsSupplier statistics) {
        this.statistics = statistics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
        MiningThresholds thresholds = statistics.thresholds();
        List<Candidate> candidates = new ArrayList<Candidate>(MAX_ITEMS);
        for (Association association : statistics.statistics().associationsOf(anchorProductId, EVERY_PAIR,
                AssociationScoring.CONFIDENCE)) {
            if (candidates.size() == MAX_ITEMS) {
                break;
            }
            if (!thresholds.admits(association)) {
                candidates.add(Candidate.ranked(association.productId(), Tier.FALLBACK, 1 + association.confidence(),
                        new Reason(NAME, association.describe())));
            }
        }
        return candidates;
    }
}
