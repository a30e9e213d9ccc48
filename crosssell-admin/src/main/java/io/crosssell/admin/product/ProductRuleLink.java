package io.crosssell.admin.product;

/** One rule naming a product, as listed on the product's edit screen. */
public final class ProductRuleLink {

    private final long ruleId;
    private final String name;
    private final String role;
    private final String otherSide;
    private final String placement;
    private final boolean active;

    ProductRuleLink(long ruleId, String name, String role, String otherSide, String placement, boolean active) {
        this.ruleId = ruleId;
        this.name = name;
        this.role = role;
        this.otherSide = otherSide;
        this.placement = placement;
        this.active = active;
    }

    public long getRuleId() {
        return ruleId;
    }

    public String getName() {
        return name;
    }

    /** "source" when the rule starts from the product, "target" when it recommends it. */
    public String getRole() {
        return role;
    }

    /** The product or category on the rule's other side. */
    public String getOtherSide() {
        return otherSide;
    }

    public String getPlacement() {
        return placement;
    }

    public boolean isActive() {
        return active;
    }
}
