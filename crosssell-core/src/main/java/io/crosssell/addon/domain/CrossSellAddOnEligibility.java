package io.crosssell.addon.domain;

import java.io.Serializable;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

/** One entry of what an add-on may cover: a product, or any product sitting directly in a category. */
public interface CrossSellAddOnEligibility extends Serializable {

    Long getId();

    CrossSellAddOn getAddOn();

    void setAddOn(CrossSellAddOn addOn);

    /** The product covered, or null when the entry names a category. */
    Product getProduct();

    void setProduct(Product product);

    /** The category whose products are covered, or null when the entry names a product. */
    Category getCategory();

    void setCategory(Category category);
}
