package io.crosssell.addon.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.Table;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import io.crosssell.addon.AddOnKind;
import io.crosssell.addon.AddOnPriceMode;

/** JPA entity behind {@link CrossSellAddOn}, table CS_ADDON. */
@Entity
@Table(name = "CS_ADDON")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "blCrossSellAddOns")
@AdminPresentationClass(friendlyName = "Add-on", populateToOneFields = PopulateToOneFieldsEnum.TRUE)
public class CrossSellAddOnImpl implements CrossSellAddOn {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CrossSellAddOnId")
    @GenericGenerator(
            name = "CrossSellAddOnId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CrossSellAddOnImpl"),
                    @Parameter(name = "entity_name", value = "io.crosssell.addon.domain.CrossSellAddOnImpl")
            })
    @Column(name = "CS_ADDON_ID")
    @AdminPresentation(friendlyName = "Id", gridOrder = 1)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "Name shown to shoppers", order = 1000, gridOrder = 2, prominent = true)
    protected String name;

    @Column(name = "DESCRIPTION", length = 255)
    @AdminPresentation(friendlyName = "Description", order = 1500)
    protected String description;

    @Column(name = "KIND", nullable = false, length = 30)
    @AdminPresentation(friendlyName = "Kind", order = 2000, gridOrder = 3, prominent = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.crosssell.addon.domain.AddOnKindOption")
    protected String kind;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 3000, gridOrder = 4, prominent = true)
    protected Boolean active = Boolean.TRUE;

    @ManyToOne(targetEntity = SkuImpl.class, optional = false)
    @JoinColumn(name = "SKU_ID")
    @AdminPresentation(friendlyName = "Service SKU (the cart line it is sold as)", order = 4000)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Sku sku;

    @Column(name = "PRICE_MODE", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Priced by", order = 5000, gridOrder = 5, prominent = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.crosssell.addon.domain.AddOnPriceModeOption")
    protected String priceMode;

    @Column(name = "AMOUNT", precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "Price or percentage", order = 6000)
    protected BigDecimal amount;

    @Column(name = "PRICE_BANDS", length = 500)
    @AdminPresentation(friendlyName = "Price bands (from:price|from:price)", order = 7000)
    protected String priceBands;

    @Column(name = "MAX_MESSAGE_LENGTH")
    @AdminPresentation(friendlyName = "Longest gift message", order = 8000)
    protected Integer maxMessageLength = 200;

    @Column(name = "DISPLAY_ORDER")
    @AdminPresentation(friendlyName = "Display order", order = 9000)
    protected Integer displayOrder = 0;

    @OneToMany(mappedBy = "addOn", targetEntity = CrossSellAddOnEligibilityImpl.class, cascade = CascadeType.ALL,
            orphanRemoval = true)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "blCrossSellAddOns")
    @AdminPresentationCollection(friendlyName = "Offered for: products, or any product of a category (none: every product)",
            order = 1000)
    protected List<CrossSellAddOnEligibility> eligibility = new ArrayList<CrossSellAddOnEligibility>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public AddOnKind getKind() {
        return kind == null ? null : AddOnKind.valueOf(kind);
    }

    @Override
    public void setKind(AddOnKind kind) {
        this.kind = kind == null ? null : kind.name();
    }

    @Override
    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Sku getSku() {
        return sku;
    }

    @Override
    public void setSku(Sku sku) {
        this.sku = sku;
    }

    @Override
    public AddOnPriceMode getPriceMode() {
        return priceMode == null ? null : AddOnPriceMode.valueOf(priceMode);
    }

    @Override
    public void setPriceMode(AddOnPriceMode priceMode) {
        this.priceMode = priceMode == null ? null : priceMode.name();
    }

    @Override
    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    @Override
    public String getPriceBands() {
        return priceBands;
    }

    @Override
    public void setPriceBands(String priceBands) {
        this.priceBands = priceBands;
    }

    @Override
    public int getMaxMessageLength() {
        return maxMessageLength == null ? 0 : maxMessageLength;
    }

    @Override
    public void setMaxMessageLength(int maxMessageLength) {
        this.maxMessageLength = maxMessageLength;
    }

    @Override
    public int getDisplayOrder() {
        return displayOrder == null ? 0 : displayOrder;
    }

    @Override
    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    @Override
    public List<CrossSellAddOnEligibility> getEligibility() {
        return eligibility;
    }

    @Override
    public Set<Product> getEligibleProducts() {
        Set<Product> products = new LinkedHashSet<Product>();
        for (CrossSellAddOnEligibility entry : eligibility) {
            if (entry.getProduct() != null) {
                products.add(entry.getProduct());
            }
        }
        return Collections.unmodifiableSet(products);
    }

    @Override
    public Set<Category> getEligibleCategories() {
        Set<Category> categories = new LinkedHashSet<Category>();
        for (CrossSellAddOnEligibility entry : eligibility) {
            if (entry.getCategory() != null) {
                categories.add(entry.getCategory());
            }
        }
        return Collections.unmodifiableSet(categories);
    }
}
