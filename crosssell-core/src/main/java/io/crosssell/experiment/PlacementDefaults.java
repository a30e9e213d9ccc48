package io.crosssell.experiment;

import io.crosssell.recommend.Strategy;

/** How a placement shows for visitors in no experiment: on or off, number of items, title, strategy (null: the module's own). */
public final class PlacementDefaults {

    public static final PlacementDefaults SHIPPED = new PlacementDefaults(true, 0, null, null);

    private final boolean enabled;
    private final int maxItems;
    private final String title;
    private final Strategy strategy;

    public PlacementDefaults(boolean enabled, int maxItems, String title, Strategy strategy) {
        this.enabled = enabled;
        this.maxItems = maxItems;
        this.title = title;
        this.strategy = strategy;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** 0: the placement's own number. */
    public int maxItems() {
        return maxItems;
    }

    public String title() {
        return title;
    }

    public Strategy strategy() {
        return strategy;
    }
}
