package io.crosssell.experiment;

import io.crosssell.recommend.Strategy;

/**
 * The variant a visitor is in for the running experiment of a placement, and what it changes: whether the
 * widget shows at all, how many items, which title and strategy, which bundle discount.
 */
public final class Assignment {

    private final long experimentId;
    private final VariantSpec variant;
    private final Long trialOfferId;

    public Assignment(long experimentId, VariantSpec variant) {
        this(experimentId, variant, null);
    }

    /** @param trialOfferId the Broadleaf offer pricing a bundle discount variant while it runs, or null */
    public Assignment(long experimentId, VariantSpec variant, Long trialOfferId) {
        this.experimentId = experimentId;
        this.variant = variant;
        this.trialOfferId = trialOfferId;
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

    /**
     * The bundle discount the variant's visitors get, or null for the bundle's own: only while its trial offer is
     * open, so what the widget promises is what pricing charges.
     */
    public BundleDiscountLevel bundleDiscount() {
        return trialOfferId != null ? BundleDiscountLevel.of(variant) : null;
    }

    /** The Broadleaf offer that prices this visitor's bundle instead of the bundle's own, or null. */
    public Long trialOfferId() {
        return bundleDiscount() == null ? null : trialOfferId;
    }

    /** The strategy the variant asks for, or null for the placement's own. */
    public Strategy strategy() {
        return variant.treatment() == Treatment.STRATEGY ? Strategy.fromName(variant.value().trim()) : null;
    }
}
