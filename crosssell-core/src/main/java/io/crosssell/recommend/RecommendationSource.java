package io.crosssell.recommend;

import java.util.List;

/**
 * One origin of recommendations (merchandiser rules, mined co-purchases, Broadleaf's cross-sale
 * links, fallbacks). Adding a source means adding a bean that implements this.
 */
public interface RecommendationSource {

    /** A short name for logs and reasons, e.g. "rule" or "mined". */
    String name();

    /**
     * Unfiltered candidates for shoppers looking at (or having bought) the anchor product in this
     * placement. The engine ranks, merges, filters and caches them.
     */
    List<Candidate> candidatesFor(long anchorProductId, Placement placement);
}
