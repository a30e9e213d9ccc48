package io.crosssell.bundle.domain;

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

/** JPA entity behind {@link CrossSellBundleItem}, table CS_BUNDLE_ITEM. */
@Entity
@Table(name = "CS_BUNDLE_ITEM")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "blCrossSellBundles")
@AdminPresentationClass(friendlyName = "Bundle item", populateToOneFields = PopulateToOneFieldsEnum.TRUE)
public class CrossSellBundleItemImpl implements CrossSellBundleItem {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CrossSellBundleItemId")
    @GenericGenerator(
            name = "CrossSellBundleItemId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CrossSellBundleItemImpl"),
                    @Parameter(name = "entity_name", value = "io.crosssell.bundle.domain.CrossSellBundleItemImpl")
            })
    @Column(name = "CS_BUNDLE_ITEM_ID")
    protected Long id;

    @ManyToOne(targetEntity = CrossSellBundleImpl.class, optional = false)
    @JoinColumn(name = "CS_BUNDLE_ID")
    @Index(name = "CS_BUNDLE_ITEM_BUNDLE_INDEX", columnNames = {"CS_BUNDLE_ID"})
    @AdminPresentation(excluded = true)
    protected CrossSellBundle bundle;

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "PRODUCT_ID")
    @Index(name = "CS_BUNDLE_ITEM_PRODUCT_INDEX", columnNames = {"PRODUCT_ID"})
    @AdminPresentation(friendlyName = "Product", order = 2000, gridOrder = 2, prominent = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

    @ManyToOne(targetEntity = CategoryImpl.class)
    @JoinColumn(name = "CATEGORY_ID")
    @AdminPresentation(friendlyName = "Or any product of the category", order = 3000, gridOrder = 3, prominent = true)
    @AdminPresentationToOneLookup()
    protected Category category;

    @Column(name = "POSITION", nullable = false)
    @AdminPresentation(friendlyName = "Position (1 = first; empty = last)", order = 1000, gridOrder = 1, prominent = true)
    protected Integer position = 0;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public CrossSellBundle getBundle() {
        return bundle;
    }

    @Override
    public void setBundle(CrossSellBundle bundle) {
        this.bundle = bundle;
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

    @Override
    public int getPosition() {
        return position == null ? 0 : position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }
}
