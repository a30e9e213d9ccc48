package io.crosssell.bundle;

/** How a bundle's discount is expressed. */
public enum BundleDiscountType {
    /** A percentage off every item of the set. */
    PERCENT,
    /** A fixed amount off the set, once per complete set. */
    AMOUNT
}
