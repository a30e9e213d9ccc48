package io.crosssell.rule.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

/** JPA entity behind {@link CrossSellRule}, table CS_RULE. */
@Entity
@Table(name = "CS_RULE")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "blCrossSellRules")
@AdminPresentationClass(friendlyName = "Cross-sell rule", populateToOneFields = PopulateToOneFieldsEnum.TRUE)
public class CrossSellRuleImpl implements CrossSellRule {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CrossSellRuleId")
    @GenericGenerator(
            name = "CrossSellRuleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CrossSellRuleImpl"),
                    @Parameter(name = "entity_name", value = "io.crosssell.rule.domain.CrossSellRuleImpl")
            })
    @Column(name = "CS_RULE_ID")
    // Not the first column: the list's search box searches the first one, which should be the name.
    @AdminPresentation(friendlyName = "Id", gridOrder = 2, prominent = true)
    protected Long id;

    @Column(name = "NAME", nullable = false)
    @AdminPresentation(friendlyName = "Name", order = 1000, gridOrder = 1, prominent = true, requiredOverride =
            org.broadleafcommerce.common.presentation.RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "RULE_TYPE", nullable = false)
    @Index(name = "CS_RULE_TYPE_INDEX", columnNames = {"RULE_TYPE"})
    @AdminPresentation(friendlyName = "Placement type", order = 2000, gridOrder = 3, prominent = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.crosssell.rule.domain.CrossSellRuleType")
    protected String ruleType;

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "SOURCE_PRODUCT_ID")
    @Index(name = "CS_RULE_SRC_PRODUCT_INDEX", columnNames = {"SOURCE_PRODUCT_ID"})
    @AdminPresentation(friendlyName = "Source product", order = 3000, gridOrder = 4, prominent = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product sourceProduct;

    @ManyToOne(targetEntity = CategoryImpl.class)
    @JoinColumn(name = "SOURCE_CATEGORY_ID")
    @Index(name = "CS_RULE_SRC_CATEGORY_INDEX", columnNames = {"SOURCE_CATEGORY_ID"})
    @AdminPresentation(friendlyName = "Source category", order = 4000, gridOrder = 5, prominent = true,
            helpText = "A rule has a source product or a source category: every product of the category is then its source.")
    @AdminPresentationToOneLookup()
    protected Category sourceCategory;

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "TARGET_PRODUCT_ID")
    @AdminPresentation(friendlyName = "Target product", order = 5000, gridOrder = 6, prominent = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product targetProduct;

    @ManyToOne(targetEntity = CategoryImpl.class)
    @JoinColumn(name = "TARGET_CATEGORY_ID")
    @AdminPresentation(friendlyName = "Target category", order = 6000, gridOrder = 7, prominent = true,
            helpText = "A target product, or a target category whose best sellers (in stock, not owned) are offered.")
    @AdminPresentationToOneLookup()
    protected Category targetCategory;

    @Column(name = "PRIORITY", nullable = false)
    @AdminPresentation(friendlyName = "Priority", order = 7000, gridOrder = 8, prominent = true,
            helpText = "Higher first: a rule's items come before those of rules with a lower priority and before mined ones.")
    protected Integer priority = 0;

    @Column(name = "POSITION")
    @AdminPresentation(friendlyName = "Pinned position", order = 8000,
            helpText = "Optional. 1 puts the target first in the list, 2 second, whatever the ranking; empty lets it rank.")
    protected Integer position;

    @Column(name = "PROMOTION_MESSAGE")
    @AdminPresentation(friendlyName = "Promotion message", order = 9000, largeEntry = true,
            helpText = "Optional note kept with the rule for the team (plain text, no HTML); shoppers do not see it.")
    protected String promotionMessage;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 10000, gridOrder = 9, prominent = true,
            helpText = "Off: the rule is kept but never applied. On: it applies between its dates.")
    protected Boolean active = Boolean.TRUE;

    @Column(name = "ACTIVE_START_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Active from", order = 11000, gridOrder = 10, prominent = true,
            helpText = "Optional: the rule applies from this moment on.")
    protected Date activeStartDate;

    @Column(name = "ACTIVE_END_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Active until", order = 12000, gridOrder = 11, prominent = true,
            helpText = "Optional: the rule stops applying at this moment (a past date: expired).")
    protected Date activeEndDate;

    @Column(name = "MAX_ITEMS")
    @AdminPresentation(friendlyName = "Most items from this rule", order = 13000,
            helpText = "Optional (1 to 10): at most this many of the rule's targets (a category gives several) in one list; empty: no cap of its own.")
    protected Integer maxItems;

    @Column(name = "ALLOW_REPURCHASE")
    @AdminPresentation(friendlyName = "Offer again to customers who bought it (consumables)", order = 14000,
            helpText = "Normally a customer is never offered what they already bought; tick for refills, tubes, chain lube.")
    protected Boolean repurchaseAllowed = Boolean.FALSE;

    // Lets the storefront notice rule changes made in the admin (another process) cheaply.
    @Column(name = "DATE_UPDATED")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Last changed", order = 15000, readOnly = true)
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
    public CrossSellRuleType getRuleType() {
        return CrossSellRuleType.getInstance(ruleType);
    }

    @Override
    public void setRuleType(CrossSellRuleType ruleType) {
        this.ruleType = ruleType == null ? null : ruleType.getType();
    }

    @Override
    public Product getSourceProduct() {
        return sourceProduct;
    }

    @Override
    public void setSourceProduct(Product sourceProduct) {
        this.sourceProduct = sourceProduct;
    }

    @Override
    public Category getSourceCategory() {
        return sourceCategory;
    }

    @Override
    public void setSourceCategory(Category sourceCategory) {
        this.sourceCategory = sourceCategory;
    }

    @Override
    public Product getTargetProduct() {
        return targetProduct;
    }

    @Override
    public void setTargetProduct(Product targetProduct) {
        this.targetProduct = targetProduct;
    }

    @Override
    public Category getTargetCategory() {
        return targetCategory;
    }

    @Override
    public void setTargetCategory(Category targetCategory) {
        this.targetCategory = targetCategory;
    }

    @Override
    public int getPriority() {
        return priority == null ? 0 : priority;
    }

    @Override
    public void setPriority(int priority) {
        this.priority = priority;
    }

    @Override
    public Integer getPosition() {
        return position;
    }

    @Override
    public void setPosition(Integer position) {
        this.position = position;
    }

    @Override
    public String getPromotionMessage() {
        return promotionMessage;
    }

    @Override
    public void setPromotionMessage(String promotionMessage) {
        this.promotionMessage = promotionMessage;
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
    public Date getActiveStartDate() {
        return activeStartDate;
    }

    @Override
    public void setActiveStartDate(Date activeStartDate) {
        this.activeStartDate = activeStartDate;
    }

    @Override
    public Date getActiveEndDate() {
        return activeEndDate;
    }

    @Override
    public void setActiveEndDate(Date activeEndDate) {
        this.activeEndDate = activeEndDate;
    }

    @Override
    public Integer getMaxItems() {
        return maxItems;
    }

    @Override
    public void setMaxItems(Integer maxItems) {
        this.maxItems = maxItems;
    }

    @Override
    public boolean isRepurchaseAllowed() {
        return Boolean.TRUE.equals(repurchaseAllowed);
    }

    @Override
    public void setRepurchaseAllowed(boolean repurchaseAllowed) {
        this.repurchaseAllowed = repurchaseAllowed;
    }

    @Override
    public Date getDateUpdated() {
        return dateUpdated;
    }

    @Override
    public boolean isInEffectAt(Date moment) {
        return isActive()
                && (activeStartDate == null || !activeStartDate.after(moment))
                && (activeEndDate == null || activeEndDate.after(moment));
    }
}
