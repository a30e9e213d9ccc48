package io.crosssell.bundle.domain;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A Broadleaf offer that prices a bundle at another discount for an experiment's variant. Never applied
 * automatically: pricing hands it only to the visitors of that variant, in place of the bundle's own offer.
 * Kept after it is closed, so past orders' adjustments stay explained.
 */
@Entity
@Table(name = "CS_BUNDLE_TRIAL_OFFER")
public class BundleTrialOffer {

    @Id
    @Column(name = "OFFER_ID")
    protected Long offerId;

    @Column(name = "BUNDLE_ID", nullable = false)
    @org.hibernate.annotations.Index(name = "CS_BUNDLE_TRIAL_BUNDLE")
    protected Long bundleId;

    @Column(name = "DISCOUNT_VALUE", nullable = false, precision = 19, scale = 5)
    protected BigDecimal discountValue;

    /** Who opened it, e.g. "experiment 4, variant Deeper discount". */
    @Column(name = "LABEL", nullable = false, length = 200)
    protected String label;

    @Column(name = "IS_OPEN", nullable = false)
    protected Boolean open;

    @Column(name = "DATE_UPDATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date dateUpdated;

    protected BundleTrialOffer() {
    }

    public BundleTrialOffer(long offerId, long bundleId, BigDecimal discountValue, String label) {
        this.offerId = offerId;
        this.bundleId = bundleId;
        this.discountValue = discountValue;
        this.label = label;
        this.open = Boolean.TRUE;
        this.dateUpdated = new Date();
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getBundleId() {
        return bundleId;
    }

    public BigDecimal getDiscountValue() {
        return discountValue;
    }

    public String getLabel() {
        return label;
    }

    public boolean isOpen() {
        return Boolean.TRUE.equals(open);
    }

    public void close() {
        open = Boolean.FALSE;
        dateUpdated = new Date();
    }
}
