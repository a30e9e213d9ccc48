package io.crosssell.rule.domain;

import java.io.Serializable;
import java.util.Date;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

/**
 * A merchandiser's statement that shoppers looking at the source (a product or a category) should be
 * offered the target (a product or a category) in one placement.
 */
public interface CrossSellRule extends Serializable {

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    CrossSellRuleType getRuleType();

    void setRuleType(CrossSellRuleType ruleType);

    Product getSourceProduct();

    void setSourceProduct(Product sourceProduct);

    Category getSourceCategory();

    void setSourceCategory(Category sourceCategory);

    Product getTargetProduct();

    void setTargetProduct(Product targetProduct);

    Category getTargetCategory();

    void setTargetCategory(Category targetCategory);

    /** Higher priority rules rank first among unpinned rules. */
    int getPriority();

    void setPriority(int priority);

    /** When set, the target is pinned at this position (1-based) ahead of every ranked item. */
    Integer getPosition();

    void setPosition(Integer position);

    String getPromotionMessage();

    void setPromotionMessage(String promotionMessage);

    boolean isActive();

    void setActive(boolean active);

    Date getActiveStartDate();

    void setActiveStartDate(Date activeStartDate);

    Date getActiveEndDate();

    void setActiveEndDate(Date activeEndDate);

    /** Most items this rule may contribute to one list; null means the placement's limit. */
    Integer getMaxItems();

    void setMaxItems(Integer maxItems);

    /** Whether the target may be offered to a customer who already bought it (consumables, refills). */
    boolean isRepurchaseAllowed();

    void setRepurchaseAllowed(boolean repurchaseAllowed);

    /** When the rule was last saved. */
    Date getDateUpdated();

    /** Whether the rule applies at the given moment: active and inside its date range. */
    boolean isInEffectAt(Date moment);
}
