package io.crosssell.recommend;

/** A candidate the filters removed, and why (for the admin preview). */
public final class FilteredItem {

    /** Why a candidate was not shown. */
    public enum Why {
        ANCHOR("the product being viewed or bought"),
        UPGRADE("an upgrade of the product: offered in the upgrade placement, never as a complement"),
        DOES_NOT_FIT("the catalog marks it for other shoppers than the product (crosssell.fit)"),
        EXCLUDED("already in the cart"),
        NOT_RECOMMENDABLE("inactive, not yet active, expired or out of stock"),
        ALREADY_BOUGHT("the customer already bought it"),
        SUBSTITUTE("of the same kind (category) as something the shopper bought, and not a consumable"),
        RULE_LIMIT("its rule's item limit was reached"),
        STRATEGY("its source is not used by this placement's strategy (an experiment)");

        private final String description;

        Why(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final long productId;
    private final Why why;

    FilteredItem(long productId, Why why) {
        this.productId = productId;
        this.why = why;
    }

    public long productId() {
        return productId;
    }

    public Why why() {
        return why;
    }
}
