package io.crosssell.tracking.domain;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/**
 * Impressions, clicks and adds of one item in one placement on one UTC day (and experiment variant). Rows only grow, by increments the
 * database adds up, so several storefront JVMs count into the same row exactly. Derived data: no interface for
 * shops to override.
 */
@Entity
@Table(name = "CS_TRACKING_COUNTER")
public class TrackingCounter {

    /** The anchor column's value for placements without an anchor (cart, confirmation): key columns are never null. */
    public static final long NO_ANCHOR = 0L;

    @EmbeddedId
    protected Key id;

    @Column(name = "IMPRESSIONS", nullable = false)
    protected Long impressions;

    @Column(name = "CLICKS", nullable = false)
    protected Long clicks;

    @Column(name = "ADDS", nullable = false)
    protected Long adds;

    protected TrackingCounter() {
    }

    public TrackingCounter(Key id, long impressions, long clicks, long adds) {
        this.id = id;
        this.impressions = impressions;
        this.clicks = clicks;
        this.adds = adds;
    }

    public Key getId() {
        return id;
    }

    public long getImpressions() {
        return impressions;
    }

    public long getClicks() {
        return clicks;
    }

    public long getAdds() {
        return adds;
    }

    /** Composite key of a counter row; {@code day} is {@code yyyy-MM-dd} (UTC). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "COUNT_DAY", nullable = false, length = 10)
        protected String day;

        @Column(name = "PLACEMENT", nullable = false, length = 40)
        protected String placement;

        @Column(name = "ANCHOR_PRODUCT_ID", nullable = false)
        protected Long anchorProductId;

        @Column(name = "ITEM_PRODUCT_ID", nullable = false)
        protected Long itemProductId;

        /** The experiment variant the events were seen in; 0 outside experiments. */
        @Column(name = "VARIANT_ID", nullable = false)
        protected Long variantId;

        public Key() {
        }

        public Key(String day, String placement, long anchorProductId, long itemProductId, long variantId) {
            this.day = day;
            this.placement = placement;
            this.anchorProductId = anchorProductId;
            this.itemProductId = itemProductId;
            this.variantId = variantId;
        }

        public String getDay() {
            return day;
        }

        public String getPlacement() {
            return placement;
        }

        public Long getAnchorProductId() {
            return anchorProductId;
        }

        public Long getItemProductId() {
            return itemProductId;
        }

        public Long getVariantId() {
            return variantId;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key)) {
                return false;
            }
            Key key = (Key) other;
            return day.equals(key.day) && placement.equals(key.placement) && anchorProductId.equals(key.anchorProductId)
                    && itemProductId.equals(key.itemProductId) && variantId.equals(key.variantId);
        }

        @Override
        public int hashCode() {
            return (((day.hashCode() * 31 + placement.hashCode()) * 31 + anchorProductId.hashCode()) * 31 + itemProductId.hashCode()) * 31
                    + variantId.hashCode();
        }
    }
}
