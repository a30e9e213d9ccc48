package io.crosssell.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The row a counter lives in: one UTC day, one placement, one (anchor, item) pair. */
public final class CounterKey {

    private final LocalDate day;
    private final String placement;
    private final Long anchorProductId;
    private final long itemProductId;

    public CounterKey(LocalDate day, String placement, Long anchorProductId, long itemProductId) {
        this.day = day;
        this.placement = placement;
        this.anchorProductId = anchorProductId;
        this.itemProductId = itemProductId;
    }

    /** The key an event counts under (its UTC day). */
    public static CounterKey of(TrackingEvent event) {
        return new CounterKey(Instant.ofEpochMilli(event.epochMillis()).atZone(ZoneOffset.UTC).toLocalDate(),
                event.placement(), event.anchorProductId(), event.itemProductId());
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

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CounterKey)) {
            return false;
        }
        CounterKey key = (CounterKey) other;
        return day.equals(key.day) && placement.equals(key.placement) && itemProductId == key.itemProductId
                && (anchorProductId == null ? key.anchorProductId == null : anchorProductId.equals(key.anchorProductId));
    }

    @Override
    public int hashCode() {
        int hash = day.hashCode() * 31 + placement.hashCode();
        hash = hash * 31 + (anchorProductId == null ? 0 : anchorProductId.hashCode());
        return hash * 31 + (int) (itemProductId ^ (itemProductId >>> 32));
    }

    @Override
    public String toString() {
        return day + " " + placement + " " + anchorProductId + "→" + itemProductId;
    }
}
