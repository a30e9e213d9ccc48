package io.crosssell.rule.domain;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.broadleafcommerce.common.BroadleafEnumerationType;

/**
 * Where a rule's recommendations are shown; up-sells are kept apart from cross-sells. Each type feeds the
 * placements that list it ({@code Placement.ruleTypes()}); a type that fed none would be a rule that does
 * nothing, so there is none (the former ADD_ON: add-ons are offered by their own eligibility).
 */
public final class CrossSellRuleType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private static final Map<String, CrossSellRuleType> TYPES = new LinkedHashMap<String, CrossSellRuleType>();

    public static final CrossSellRuleType FREQUENTLY_BOUGHT_TOGETHER =
            new CrossSellRuleType("FREQUENTLY_BOUGHT_TOGETHER", "Frequently bought together");
    public static final CrossSellRuleType CART_CROSS_SELL = new CrossSellRuleType("CART_CROSS_SELL", "Cart cross-sell");
    public static final CrossSellRuleType POST_PURCHASE = new CrossSellRuleType("POST_PURCHASE", "Post-purchase offer");
    /** A higher-end version of the source, offered instead of it in the "upgrade" placement, never as a cross-sell. */
    public static final CrossSellRuleType UP_SELL = new CrossSellRuleType("UP_SELL", "Up-sell (upgrade)");

    private String type;
    private String friendlyType;

    /** For Broadleaf's admin, which instantiates enumeration types reflectively. */
    public CrossSellRuleType() {
    }

    private CrossSellRuleType(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
        TYPES.put(type, this);
    }

    /** The type with this code, or null for an unknown code. */
    public static CrossSellRuleType getInstance(String type) {
        return TYPES.get(type);
    }

    /**
     * The type with this code or this label, as the admin shows it ("Frequently bought together"), either in any case;
     * null for neither.
     */
    public static CrossSellRuleType fromCodeOrLabel(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.trim();
        for (CrossSellRuleType type : TYPES.values()) {
            if (type.type.equalsIgnoreCase(wanted) || type.friendlyType.equalsIgnoreCase(wanted)) {
                return type;
            }
        }
        return null;
    }

    /** Every rule type, in declaration order. */
    public static java.util.Collection<CrossSellRuleType> all() {
        return java.util.Collections.unmodifiableCollection(TYPES.values());
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrossSellRuleType && type != null && type.equals(((CrossSellRuleType) other).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
