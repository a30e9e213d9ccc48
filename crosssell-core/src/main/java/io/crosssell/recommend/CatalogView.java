package io.crosssell.recommend;

/** What the engine needs to know about products at serving time, answered by a platform adapter. */
public interface CatalogView {

    /** Whether the product can be offered now: known, active, within its dates, and in stock. */
    boolean isRecommendable(long productId);
}
