package io.crosssell.bundle.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import io.crosssell.bundle.BundleDiscountType;

/** JPA entity behind {@link CrossSellBundle}, table CS_BUNDLE. */
@Entity
@Table(name = "CS_BUNDLE")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "blCrossSellBundles")
@AdminPresentationClass(friendlyName = "Bundle discount")
public class CrossSellBundleImpl implements CrossSellBundle {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CrossSellBundleId")
    @GenericGenerator(
            name = "CrossSellBundleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CrossSellBundleImpl"),
                    @Parameter(name = "entity_name", value = "io.crosssell.bundle.domain.CrossSellBundleImpl")
            })
    @Column(name = "CS_BUNDLE_ID")
    @AdminPresentation(friendlyName = "Id", gridOrder = 1)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "Name shown to shoppers", order = 1000, gridOrder = 2, prominent = true,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "DISCOUNT_TYPE", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Discount type", order = 2000, gridOrder = 3, prominent = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.crosssell.bundle.domain.BundleDiscountTypeOption",
            requiredOverride = RequiredOverride.REQUIRED)
    protected String discountType;

    @Column(name = "DISCOUNT_VALUE", nullable = false, precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "Discount (percent or amount)", order = 3000, gridOrder = 4, prominent = true)
    protected BigDecimal discountValue;

    @Column(name = "START_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Active from", order = 4000)
    protected Date startDate;

    @Column(name = "END_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Active until", order = 5000)
    protected Date endDate;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 6000, gridOrder = 5, prominent = true,
            tooltip = "A new bundle is saved inactive; switch it on once it has 2 to 5 items.")
    protected Boolean active = Boolean.TRUE;

    @OneToMany(mappedBy = "bundle", targetEntity = CrossSellBundleItemImpl.class, cascade = CascadeType.ALL,
            orphanRemoval = true)
    @OrderBy("position")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "blCrossSellBundles")
    @AdminPresentationCollection(friendlyName = "Items: 2 to 5; with an amount off, the first product carries it",
            order = 1000)
    protected List<CrossSellBundleItem> items = new ArrayList<CrossSellBundleItem>();

    @ManyToOne(targetEntity = OfferImpl.class)
    @JoinColumn(name = "OFFER_ID")
    @AdminPresentation(friendlyName = "Broadleaf offer", order = 7000, readOnly = true)
    protected Offer offer;

    // Lets the storefront notice bundle changes made in another process cheaply.
    @Column(name = "DATE_UPDATED")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Last changed", order = 8000, readOnly = true)
    protected Date dateUpdated;

    @PrePersist
    @PreUpdate
    protected void stampUpdate() {
        dateUpdated = new Date();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
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
    public BundleDiscountType getDiscountType() {
        return discountType == null ? null : BundleDiscountType.valueOf(discountType);
    }

    @Override
    public void setDiscountType(BundleDiscountType discountType) {
        this.discountType = discountType == null ? null : discountType.name();
    }

    @Override
    public BigDecimal getDiscountValue() {
        return discountValue;
    }

    @Override
    public void setDiscountValue(BigDecimal discountValue) {
        this.discountValue = discountValue;
    }

    @Override
    public Date getStartDate() {
        return startDate;
    }

    @Override
    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    @Override
    public Date getEndDate() {
        return endDate;
    }

    @Override
    public void setEndDate(Date endDate) {
        this.endDate = endDate;
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
    public List<CrossSellBundleItem> getItems() {
        return items;
    }

    @Override
    public Offer getOffer() {
        return offer;
    }

    @Override
    public void setOffer(Offer offer) {
        this.offer = offer;
    }

    @Override
    public Date getDateUpdated() {
        return dateUpdated;
    }
}
