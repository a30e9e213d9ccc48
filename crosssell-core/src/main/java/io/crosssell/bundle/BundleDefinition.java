package io.crosssell.bundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * What a merchandiser defines: a named set of 2–5 members with a percentage or a fixed amount off,
 * optional dates and an active flag. Unvalidated; {@link BundleValidator} says whether it may be saved.
 */
public final class BundleDefinition {

    private final Long id;
    private final String name;
    private final BundleDiscountType discountType;
    private final BigDecimal discountValue;
    private final Date startDate;
    private final Date endDate;
    private final boolean active;
    private final List<BundleMember> members;

    private BundleDefinition(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.discountType = builder.discountType;
        this.discountValue = builder.discountValue;
        this.startDate = builder.startDate == null ? null : new Date(builder.startDate.getTime());
        this.endDate = builder.endDate == null ? null : new Date(builder.endDate.getTime());
        this.active = builder.active;
        this.members = Collections.unmodifiableList(new ArrayList<BundleMember>(builder.members));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The saved bundle's id, or null before it is saved. */
    public Long id() {
        return id;
    }

    /** Shown to shoppers (e.g. on the cart's discount line). */
    public String name() {
        return name;
    }

    public BundleDiscountType discountType() {
        return discountType;
    }

    /** Percent (0–100, exclusive) or an amount in the order's currency. */
    public BigDecimal discountValue() {
        return discountValue;
    }

    public Date startDate() {
        return startDate == null ? null : new Date(startDate.getTime());
    }

    public Date endDate() {
        return endDate == null ? null : new Date(endDate.getTime());
    }

    public boolean isActive() {
        return active;
    }

    public List<BundleMember> members() {
        return members;
    }

    /** Active, and the moment lies within its dates (start inclusive, end exclusive). */
    public boolean isInEffect(Date moment) {
        return active && (startDate == null || !moment.before(startDate)) && (endDate == null || moment.before(endDate));
    }

    public Builder toBuilder() {
        Builder builder = new Builder(name).id(id).discount(discountType, discountValue)
                .dates(startDate, endDate).active(active);
        builder.members.addAll(members);
        return builder;
    }

    /** Collects a definition's fields. */
    public static final class Builder {
        private Long id;
        private String name;
        private BundleDiscountType discountType;
        private BigDecimal discountValue;
        private Date startDate;
        private Date endDate;
        private boolean active = true;
        private final List<BundleMember> members = new ArrayList<BundleMember>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder id(Long bundleId) {
            this.id = bundleId;
            return this;
        }

        public Builder name(String bundleName) {
            this.name = bundleName;
            return this;
        }

        public Builder percentOff(String percent) {
            return discount(BundleDiscountType.PERCENT, new BigDecimal(percent));
        }

        public Builder amountOff(String amount) {
            return discount(BundleDiscountType.AMOUNT, new BigDecimal(amount));
        }

        public Builder discount(BundleDiscountType type, BigDecimal value) {
            this.discountType = type;
            this.discountValue = value;
            return this;
        }

        public Builder dates(Date start, Date end) {
            this.startDate = start;
            this.endDate = end;
            return this;
        }

        public Builder active(boolean isActive) {
            this.active = isActive;
            return this;
        }

        public Builder product(long productId) {
            members.add(BundleMember.product(productId));
            return this;
        }

        public Builder anyOfCategory(long categoryId) {
            members.add(BundleMember.anyOfCategory(categoryId));
            return this;
        }

        public Builder members(List<BundleMember> bundleMembers) {
            members.clear();
            members.addAll(bundleMembers);
            return this;
        }

        public BundleDefinition build() {
            return new BundleDefinition(this);
        }
    }
}
