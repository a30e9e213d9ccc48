package io.crosssell.tracking.attribution;

import io.crosssell.tracking.TrackingEvent;

/** A click or impression the ordering shopper had before the order (read back from the raw events). */
public final class ShopperTouch {

    private final TrackingEvent.Kind kind;
    private final String placement;
    private final Long anchorProductId;
    private final long itemProductId;
    private final long epochMillis;

    public ShopperTouch(TrackingEvent.Kind kind, String placement, Long anchorProductId, long itemProductId, long epochMillis) {
        this.kind = kind;
        this.placement = placement;
        this.anchorProductId = anchorProductId;
        this.itemProductId = itemProductId;
        this.epochMillis = epochMillis;
    }

    public TrackingEvent.Kind kind() {
        return kind;
    }

    public String placement() {
        return placement;
    }

    public Long anchorProductId() {
        return anchorProductId;
    }

    public long itemProductId() {
        return itemProductId;
    }

    public long epochMillis() {
        return epochMillis;
    }
}
