package io.crosssell.demo.seed;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.service.BundleService;

/** The demo's bundle discounts, created through the plugin's bundle service so their offers are real. */
public final class DemoBundles {

    public static final long METRO_COMMUTER_BIKE = 101;
    public static final long HEAVY_U_LOCK = 121;
    public static final long COMMUTER_LIGHT_SET = 133;

    /** Metro Commuter Bike + Heavy U-Lock + Commuter Light Set, 10 % off the set. */
    public static final BundleDefinition COMMUTER_KIT = BundleDefinition.builder("Commuter kit").percentOff("10")
            .product(METRO_COMMUTER_BIKE).product(HEAVY_U_LOCK).product(COMMUTER_LIGHT_SET).build();

    private DemoBundles() {
    }

    /** Creates the demo bundles unless the database already has bundles; returns how many were created. */
    public static int seedIfEmpty(BundleService bundles) {
        if (!bundles.bundles().isEmpty()) {
            return 0;
        }
        bundles.create(COMMUTER_KIT);
        return 1;
    }
}
