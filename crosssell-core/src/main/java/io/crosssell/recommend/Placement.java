package io.crosssell.recommend;

/** Where recommendations are shown, with each placement's default number of items. */
public enum Placement {
    FBT("fbt", 3),
    CART("cart", 4),
    CONFIRMATION("confirmation", 3);

    private final String code;
    private final int defaultLimit;

    Placement(String code, int defaultLimit) {
        this.code = code;
        this.defaultLimit = defaultLimit;
    }

    /** The code used in URLs and templates: fbt, cart, confirmation. */
    public String code() {
        return code;
    }

    public int defaultLimit() {
        return defaultLimit;
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
