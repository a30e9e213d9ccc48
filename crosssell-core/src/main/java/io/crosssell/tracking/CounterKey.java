package io.crosssell.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The row a counter lives in: one UTC day, one placement, one (anchor, item) pair, one experiment variant (or none). */
public final class CounterKey {

    private final LocalDate day;
    private final String placement;
    private final Long anchorProductId;
    private final long itemProductId;
    private final long variantId;

    public CounterKey(LocalDate day, String placement, Long anchorProductId, long itemProductId) {
        this(day, placement, anchorProductId, itemProductId, 0);
    }

    /** @param variantId the experiment variant the events were seen in, 0 for none */
    public CounterKey(LocalDate day, String placement, Long anchorProductId, long itemProductId, long variantId) {
        this.day = day;
        this.placement = placement;
        this.anchorProductId = anchorProductId;
        this.itemProductId = itemProductId;
        this.variantId = variantId;
    }

    /** The key an event counts under (its UTC day). */
    public static CounterKey of(TrackingEvent event) {
        return new CounterKey(Instant.ofEpochMilli(event.epochMillis()).atZone(ZoneOffset.UTC).toLocalDate(),
                event.placement(), event.anchorProductId(), event.itemProductId(), event.variantId());
    }

    public LocalDate day() {
        return day;
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

    public long variantId() {
        return variantId;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CounterKey)) {
            return false;
        }
        CounterKey key = (CounterKey) other;
        return day.equals(key.day) && placement.equals(key.placement) && itemProductId == key.itemProductId
                && variantId == key.variantId && (anchorProductId == null ? key.anchorProductId == null : anchorProductId.equals(key.anchorProductId));
    }

    @Override
    public int hashCode() {
        int hash = day.hashCode() * 31 + placement.hashCode();
        hash = hash * 31 + (anchorProductId == null ? 0 : anchorProductId.hashCode());
        hash = hash * 31 + (int) (variantId ^ (variantId >>> 32));
        return hash * 31 + (int) (itemProductId ^ (itemProductId >>> 32));
    }

    @Override
    public String toString() {
        return day + " " + placement + " " + anchorProductId + "→" + itemProductId;
    }
}
