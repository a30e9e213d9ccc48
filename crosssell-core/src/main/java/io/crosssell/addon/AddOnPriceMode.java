package io.crosssell.addon;

/** How an add-on's price is worked out on the server. */
public enum AddOnPriceMode {
    /** The add-on's amount. */
    FIXED,
    /** The add-on's amount as a percentage of the base (the covered item's unit price, or the order total). */
    PERCENT,
    /** The price of the band the base falls in. */
    BANDS
}
