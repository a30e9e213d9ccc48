package io.crosssell.experiment;

import io.crosssell.recommend.Strategy;

/**
 * The variant a visitor is in for the running experiment of a placement, and what it changes: whether the
 * widget shows at all, how many items, which title and strategy.
 */
public final class Assignment {

    private final long experimentId;
    private final VariantSpec variant;

    public Assignment(long experimentId, VariantSpec variant) {
        this.experimentId = experimentId;
        this.variant = variant;
    }

    public long experimentId() {
        return experimentId;
    }

    public long variantId() {
        return variant.id() == null ? 0 : variant.id();
    }

    public VariantSpec variant() {
        return variant;
    }

    /** In the holdout: the placement shows nothing. */
    public boolean isHoldout() {
        return variant.treatment() == Treatment.HOLDOUT;
    }

    /** The number of items the variant asks for, or 0 for the placement's own. */
    public int maxItems() {
        return variant.treatment() == Treatment.MAX_ITEMS ? Integer.parseInt(variant.value().trim()) : 0;
    }

    /** The title the variant shows, or null for the placement's own. */
    public String title() {
        return variant.treatment() == Treatment.TITLE ? variant.value() : null;
    }

    /** The strategy the variant asks for, or null for the placement's own. */
    public Strategy strategy() {
        return variant.treatment() == Treatment.STRATEGY ? Strategy.fromName(variant.value().trim()) : null;
    }
}
