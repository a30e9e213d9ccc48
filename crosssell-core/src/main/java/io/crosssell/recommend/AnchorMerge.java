package io.crosssell.recommend;

/**
 * How the lists of several anchors of one request (a cart, an order) become one: the weight of a product
 * that two anchors propose in the same tier. A better tier always wins, and pinned items keep their best
 * position, whatever the merge.
 */
public interface AnchorMerge {

    /** A product keeps the best weight any anchor gives it. */
    AnchorMerge BEST = new AnchorMerge() {
        @Override
        public double combine(Tier tier, double kept, double added) {
            return Math.max(kept, added);
        }

        @Override
        public String toString() {
            return "best";
        }
    };

    /**
     * Mined weights add up across the anchors (an item bought with several of the cart's products ranks higher);
     * other tiers keep the best. Measured against {@link #BEST} in the offline evaluation (docs/benchmarks.md).
     */
    AnchorMerge SUM_OF_MINED = new AnchorMerge() {
        @Override
        public double combine(Tier tier, double kept, double added) {
            return tier == Tier.MINED ? kept + added : Math.max(kept, added);
        }

        @Override
        public String toString() {
            return "sum";
        }
    };

    /** What the engine merges by unless told otherwise. */
    AnchorMerge DEFAULT = BEST;

    /**
     * @param tier a ranked tier (never {@link Tier#PINNED})
     * @param kept the weight merged so far
     * @param added the weight another anchor gives the product
     */
    double combine(Tier tier, double kept, double added);
}
