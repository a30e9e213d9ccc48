package io.crosssell.tracking.domain;

import java.io.Serializable;
import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.hibernate.annotations.Index;

/**
 * What a widget sold in one submitted order: an attributed product line (to the placement and (anchor, item)
 * pair it was added from or clicked in, or view-through), an add-on line, or a bundle's saving. Written once,
 * with the order's {@link TrackedOrder}; a cancelled order marks its rows cancelled.
 */
@Entity
@Table(name = "CS_ORDER_ATTRIBUTION")
public class OrderAttribution {

    /** What the row is. */
    public enum LineKind { PRODUCT, ADDON, BUNDLE }

    /** How a product line came to be attributed: added from the widget, clicked in it, or only shown. */
    public enum Touch { ADD, CLICK, VIEW }

    @EmbeddedId
    protected Key id;

    @Column(name = "LINE_KIND", nullable = false, length = 10)
    protected String lineKind;

    @Column(name = "ORDER_DAY", nullable = false, length = 10)
    @Index(name = "CS_ORDER_ATTRIBUTION_DAY")
    protected String day;

    @Column(name = "PLACEMENT", nullable = false, length = 40)
    protected String placement;

    @Column(name = "ANCHOR_PRODUCT_ID", nullable = false)
    protected Long anchorProductId;

    /** The product (PRODUCT), the add-on (ADDON) or the bundle (BUNDLE). */
    @Column(name = "ITEM_ID", nullable = false)
    protected Long itemId;

    @Column(name = "TOUCH", nullable = false, length = 10)
    protected String touch;

    @Column(name = "QUANTITY", nullable = false)
    protected Integer quantity;

    /** The line's value after its discounts (PRODUCT, ADDON), or the bundle's saving (BUNDLE). */
    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    protected BigDecimal amount;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    protected String currency;

    @Column(name = "CANCELLED", nullable = false)
    protected Boolean cancelled;

    protected OrderAttribution() {
    }

    public OrderAttribution(Key id, LineKind lineKind, String day, String placement, long anchorProductId, long itemId,
            Touch touch, int quantity, BigDecimal amount, String currency) {
        this.id = id;
        this.lineKind = lineKind.name();
        this.day = day;
        this.placement = placement;
        this.anchorProductId = anchorProductId;
        this.itemId = itemId;
        this.touch = touch.name();
        this.quantity = quantity;
        this.amount = amount;
        this.currency = currency;
        this.cancelled = Boolean.FALSE;
    }

    public Key getId() {
        return id;
    }

    public LineKind getLineKind() {
        return LineKind.valueOf(lineKind);
    }

    public String getDay() {
        return day;
    }

    public String getPlacement() {
        return placement;
    }

    public long getAnchorProductId() {
        return anchorProductId;
    }

    public long getItemId() {
        return itemId;
    }

    public Touch getTouch() {
        return Touch.valueOf(touch);
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isCancelled() {
        return Boolean.TRUE.equals(cancelled);
    }

    /** Order and line: the order item id for lines, minus the bundle id for a bundle's saving. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "ORDER_ID", nullable = false)
        protected Long orderId;

        @Column(name = "LINE_ID", nullable = false)
        protected Long lineId;

        public Key() {
        }

        public Key(long orderId, long lineId) {
            this.orderId = orderId;
            this.lineId = lineId;
        }

        public Long getOrderId() {
            return orderId;
        }

        public Long getLineId() {
            return lineId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && orderId.equals(((Key) other).orderId) && lineId.equals(((Key) other).lineId);
        }

        @Override
        public int hashCode() {
            return orderId.hashCode() * 31 + lineId.hashCode();
        }
    }
}
