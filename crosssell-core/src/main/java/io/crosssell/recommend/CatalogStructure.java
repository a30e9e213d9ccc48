package io.crosssell.recommend;

import java.util.List;
import java.util.Set;

/** The category tree as the rule and fallback sources need it, answered by a platform adapter. */
public interface CatalogStructure {

    /** Every category the product is in, with all their ancestors. */
    Set<Long> categoriesWithAncestorsOf(long productId);

    /** Active products of the category and of all its descendants, in display order. */
    List<Long> productsInCategoryTree(long categoryId);

    /** The category's name for people, or its id when unknown. */
    String categoryName(long categoryId);

    /** The product's default category, or null. */
    Long defaultCategoryOf(long productId);
}
