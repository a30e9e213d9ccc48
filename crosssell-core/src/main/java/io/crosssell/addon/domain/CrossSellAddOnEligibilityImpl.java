package io.crosssell.addon.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

/** JPA entity behind {@link CrossSellAddOnEligibility}, table CS_ADDON_ELIGIBILITY. */
@Entity
@Table(name = "CS_ADDON_ELIGIBILITY")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "blCrossSellAddOns")
@AdminPresentationClass(friendlyName = "Covered product or category", populateToOneFields = PopulateToOneFieldsEnum.TRUE)
public class CrossSellAddOnEligibilityImpl implements CrossSellAddOnEligibility {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CrossSellAddOnEligibilityId")
    @GenericGenerator(
            name = "CrossSellAddOnEligibilityId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CrossSellAddOnEligibilityImpl"),
                    @Parameter(name = "entity_name", value = "io.crosssell.addon.domain.CrossSellAddOnEligibilityImpl")
            })
    @Column(name = "CS_ADDON_ELIGIBILITY_ID")
    protected Long id;

    @ManyToOne(targetEntity = CrossSellAddOnImpl.class, optional = false)
    @JoinColumn(name = "CS_ADDON_ID")
    @Index(name = "CS_ADDON_ELIG_ADDON_INDEX", columnNames = {"CS_ADDON_ID"})
    @AdminPresentation(excluded = true)
    protected CrossSellAddOn addOn;

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "PRODUCT_ID")
    @AdminPresentation(friendlyName = "Product", order = 1000, gridOrder = 1, prominent = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

    @ManyToOne(targetEntity = CategoryImpl.class)
    @JoinColumn(name = "CATEGORY_ID")
    @AdminPresentation(friendlyName = "Or any product of the category", order = 2000, gridOrder = 2, prominent = true)
    @AdminPresentationToOneLookup()
    protected Category category;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public CrossSellAddOn getAddOn() {
        return addOn;
    }

    @Override
    public void setAddOn(CrossSellAddOn addOn) {
        this.addOn = addOn;
    }

    @Override
    public Product getProduct() {
        return product;
    }

    @Override
    public void setProduct(Product product) {
        this.product = product;
    }

    @Override
    public Category getCategory() {
        return category;
    }

    @Override
    public void setCategory(Category category) {
        this.category = category;
    }
}
