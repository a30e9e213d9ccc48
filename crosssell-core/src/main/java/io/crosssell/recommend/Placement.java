package io.crosssell.recommend;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where recommendations are shown, with each placement's default number of items, the kind of offer it makes
 * and the rule types it draws on. A new placement says all of that here; nothing else switches on placements.
 */
public enum Placement {
    FBT("fbt", "Frequently bought together", 3, Offer.COMPLEMENTS, Anchors.VIEWED, "FREQUENTLY_BOUGHT_TOGETHER"),
    CART("cart", "Cart: complete your order", 4, Offer.COMPLEMENTS, Anchors.CART, "CART_CROSS_SELL", "FREQUENTLY_BOUGHT_TOGETHER"),
    CONFIRMATION("confirmation", "Confirmation: you may also need", 3, Offer.COMPLEMENTS, Anchors.BOUGHT, "POST_PURCHASE"),
    UPSELL("upsell", "Product page: upgrade", 1, Offer.UPGRADES, Anchors.VIEWED, "UP_SELL"),
    PERSONAL("personal", "Recommended for you", 4, Offer.COMPLEMENTS, Anchors.HISTORY, "POST_PURCHASE", "FREQUENTLY_BOUGHT_TOGETHER");

    /** What a placement offers: complements go with the anchor, upgrades replace it. The two are never mixed. */
    public enum Offer {
        /** Cross-sells: products bought with the anchor. */
        COMPLEMENTS,
        /** Up-sells: a higher-end version bought instead of the anchor. */
        UPGRADES
    }

    /** What a placement's anchors are. */
    public enum Anchors {
        /** The product on the page. */
        VIEWED,
        /** The cart's products. */
        CART,
        /** The products just bought (an order): the shopper owns them now. */
        BOUGHT,
        /** The shopper's own history: what they bought and viewed lately, most recent first. */
        HISTORY
    }

    private final String code;
    private final String label;
    private final int defaultLimit;
    private final Offer offer;
    private final Anchors anchors;
    private final List<String> ruleTypes;

    Placement(String code, String label, int defaultLimit, Offer offer, Anchors anchors, String... ruleTypes) {
        this.code = code;
        this.label = label;
        this.defaultLimit = defaultLimit;
        this.offer = offer;
        this.anchors = anchors;
        this.ruleTypes = Collections.unmodifiableList(Arrays.asList(ruleTypes));
    }

    /** The code used in URLs and templates: fbt, cart, confirmation, upsell, personal. */
    public String code() {
        return code;
    }

    /** Its name in the admin's reports. */
    public String label() {
        return label;
    }

    public int defaultLimit() {
        return defaultLimit;
    }

    public Offer offer() {
        return offer;
    }

    /** Whether it is shown on a product page, anchored on the viewed product (whose clicks and adds count per pair). */
    public boolean isOnProductPage() {
        return anchors == Anchors.VIEWED;
    }

    public Anchors anchors() {
        return anchors;
    }

    /** The codes of the rule types whose rules feed this placement, e.g. FREQUENTLY_BOUGHT_TOGETHER. */
    public List<String> ruleTypes() {
        return ruleTypes;
    }

    /** The placement with this code, or null when there is none. */
    public static Placement fromCode(String code) {
        for (Placement placement : values()) {
            if (placement.code.equals(code)) {
                return placement;
            }
        }
        return null;
    }
}
