package io.crosssell.tracking.domain;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A submitted order as tracking sees it: its day, merchandise value, the placements its shopper was shown within
 * the attribution window, and whether any line was attributed to a widget. One row per order (the order id is
 * the key, so attributing an order twice is impossible); a cancelled order is marked, and every report leaves it out.
 */
@Entity
@Table(name = "CS_TRACKED_ORDER")
public class TrackedOrder {

    @Id
    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "ORDER_DAY", nullable = false, length = 10)
    @Index(name = "CS_TRACKED_ORDER_DAY")
    protected String day;

    @Column(name = "SUBMITTED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date submitted;

    /** The order's subtotal: its lines after their discounts. */
    @Column(name = "MERCHANDISE", nullable = false, precision = 19, scale = 5)
    protected BigDecimal merchandise;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    protected String currency;

    /** The placements the shopper was shown within the window, as {@code ,fbt,cart,} (empty: {@code ,}). */
    @Column(name = "SHOWN_PLACEMENTS", nullable = false, length = 255)
    protected String shownPlacements;

    /** Lines attributed by an add or a click (view-through lines not included). */
    @Column(name = "ATTRIBUTED_LINES", nullable = false)
    protected Integer attributedLines;

    @Column(name = "CANCELLED", nullable = false)
    protected Boolean cancelled;

    @Column(name = "CANCELLED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date cancelledDate;

    protected TrackedOrder() {
    }

    public TrackedOrder(Long orderId, String day, Date submitted, BigDecimal merchandise, String currency,
            String shownPlacements, int attributedLines) {
        this.orderId = orderId;
        this.day = day;
        this.submitted = submitted;
        this.merchandise = merchandise;
        this.currency = currency;
        this.shownPlacements = shownPlacements;
        this.attributedLines = attributedLines;
        this.cancelled = Boolean.FALSE;
    }

    public void cancel(Date when) {
        this.cancelled = Boolean.TRUE;
        this.cancelledDate = when;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getDay() {
        return day;
    }

    public Date getSubmitted() {
        return submitted;
    }

    public BigDecimal getMerchandise() {
        return merchandise;
    }

    public String getCurrency() {
        return currency;
    }

    public String getShownPlacements() {
        return shownPlacements;
    }

    public int getAttributedLines() {
        return attributedLines;
    }

    public boolean isCancelled() {
        return Boolean.TRUE.equals(cancelled);
    }

    public Date getCancelledDate() {
        return cancelledDate;
    }
}
