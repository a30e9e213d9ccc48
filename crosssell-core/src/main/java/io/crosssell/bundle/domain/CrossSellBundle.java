package io.crosssell.bundle.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import org.broadleafcommerce.core.offer.domain.Offer;

import io.crosssell.bundle.BundleDiscountType;

/** A bundle discount as stored: its definition plus the Broadleaf offer that realises it. */
public interface CrossSellBundle extends Serializable {

    Long getId();

    void setId(Long id);

    /** Shown to shoppers, e.g. "Commuter kit". */
    String getName();

    void setName(String name);

    BundleDiscountType getDiscountType();

    void setDiscountType(BundleDiscountType discountType);

    BigDecimal getDiscountValue();

    void setDiscountValue(BigDecimal discountValue);

    Date getStartDate();

    void setStartDate(Date startDate);

    Date getEndDate();

    void setEndDate(Date endDate);

    boolean isActive();

    void setActive(boolean active);

    /** The members in order; the first product carries a fixed-amount discount. */
    List<CrossSellBundleItem> getItems();

    /** The auto-applied Broadleaf offer that prices this bundle; kept in step by the bundle service. */
    Offer getOffer();

    void setOffer(Offer offer);

    Date getDateUpdated();
}
