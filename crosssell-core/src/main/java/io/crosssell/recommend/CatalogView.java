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

    /**
     * The product's own (most specific) category, or null when unknown: a complement in the category of something
     * the shopper just bought is a substitute (a second lock), not a complement.
     */
    default Long leafCategoryOf(long productId) {
        return null;
    }

    /** Whether the product is a consumable (refills, tubes), which a shopper buys again and again. */
    default boolean isConsumable(long productId) {
        return false;
    }
}
