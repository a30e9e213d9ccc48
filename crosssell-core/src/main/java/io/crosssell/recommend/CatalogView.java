package io.crosssell.recommend;

/** What the engine needs to know about products at serving time, answered by a platform adapter. */
public interface CatalogView {

    /** Whether the product can be offered now: known, active, within its dates, and in stock. */
    boolean isRecommendable(long productId);

    /**
     * Whether the catalog lets the product be offered with the anchor: false when the two are marked for
     * different shoppers (kids' bikes and adult accessories). Explicit product-to-product pairings skip this.
     */
    default boolean fits(long anchorProductId, long productId) {
        return true;
    }
}
