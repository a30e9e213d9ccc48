package io.crosssell.tracking;

/**
 * Tracking's placements beyond the widget placements (fbt, cart, confirmation): add-ons attached at checkout and
 * bundles completed, whose "item" is the add-on's or the bundle's id rather than a product.
 */
public final class TrackedPlacements {

    /** An add-on attached in the cart or at checkout; item = the add-on id. */
    public static final String ADDONS = "addons";
    /** A bundle completed by a widget's add; item = the bundle id. */
    public static final String BUNDLE = "bundle";

    private TrackedPlacements() {
    }
}
