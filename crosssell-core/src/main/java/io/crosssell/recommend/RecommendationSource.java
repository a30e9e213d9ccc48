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

    /**
     * Whether the engine asks this source for the placement at all. Co-purchase evidence and best sellers are
     * complements, so by default a source serves only placements of {@link Placement.Offer#COMPLEMENTS}; a source
     * that knows upgrades (merchandiser rules, Broadleaf's up-sale links) serves those too.
     */
    default boolean serves(Placement placement) {
        return placement.offer() == Placement.Offer.COMPLEMENTS;
    }
}
