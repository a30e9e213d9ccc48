package io.crosssell.bundle.domain;

import java.io.Serializable;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

/** One member of a bundle: a product, or any product of a category. */
public interface CrossSellBundleItem extends Serializable {

    Long getId();

    CrossSellBundle getBundle();

    void setBundle(CrossSellBundle bundle);

    /** The product, or null for a category member. */
    Product getProduct();

    void setProduct(Product product);

    /** The category, or null for a product member. */
    Category getCategory();

    void setCategory(Category category);

    int getPosition();

    void setPosition(int position);
}
