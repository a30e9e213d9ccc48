package io.crosssell.addon.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;

import io.crosssell.addon.AddOnKind;
import io.crosssell.addon.AddOnPriceMode;

/**
 * A service add-on a merchandiser offers: its kind, the service SKU its cart line carries, how it is priced
 * and which products it may be attached to.
 */
public interface CrossSellAddOn extends Serializable {

    Long getId();

    /** Shown to shoppers, e.g. "2-year extended warranty". */
    String getName();

    void setName(String name);

    String getDescription();

    void setDescription(String description);

    AddOnKind getKind();

    void setKind(AddOnKind kind);

    boolean isActive();

    void setActive(boolean active);

    /** The service SKU (and its product) each add-on line is made of; its own catalog price is not used. */
    Sku getSku();

    void setSku(Sku sku);

    AddOnPriceMode getPriceMode();

    void setPriceMode(AddOnPriceMode priceMode);

    /** The fixed price, or the percentage for {@link AddOnPriceMode#PERCENT}. */
    BigDecimal getAmount();

    void setAmount(BigDecimal amount);

    /** Bands for {@link AddOnPriceMode#BANDS}, as parsed by {@link io.crosssell.addon.PriceBands}. */
    String getPriceBands();

    void setPriceBands(String priceBands);

    /** Longest gift message accepted (gift wrap only). */
    int getMaxMessageLength();

    void setMaxMessageLength(int maxMessageLength);

    int getDisplayOrder();

    void setDisplayOrder(int displayOrder);

    /** What it may cover, as edited in the admin: products and categories. */
    List<CrossSellAddOnEligibility> getEligibility();

    /** Products it may cover; with no products and no categories, every product qualifies. */
    Set<Product> getEligibleProducts();

    /** Categories whose products (directly in them) it may cover. */
    Set<Category> getEligibleCategories();
}
