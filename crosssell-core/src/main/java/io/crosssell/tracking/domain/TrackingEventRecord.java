package io.crosssell.tracking.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A raw event of a known shopper (an impression row holds every item the widget showed) (pseudonymous visitor id, customer id when signed in), kept only for the
 * retention window ({@code crosssell.tracking.rawEventDays}) so that an order can be attributed to the click
 * or view that preceded it. Written in JDBC batches by {@code JpaCounterSink}; never read by the storefront's pages.
 */
@Entity
@Table(name = TrackingEventRecord.TABLE)
public class TrackingEventRecord {

    public static final String TABLE = "CS_TRACKING_EVENT";

    @Id
    @Column(name = "EVENT_ID")
    protected Long id;

    @Column(name = "EVENT_TIME", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @Index(name = "CS_TRACKING_EVENT_TIME")
    protected Date time;

    /** I, C or A: {@code TrackingEvent.Kind#code()}. */
    @Column(name = "KIND", nullable = false, length = 1)
    protected String kind;

    @Column(name = "PLACEMENT", nullable = false, length = 40)
    protected String placement;

    @Column(name = "ANCHOR_PRODUCT_ID", nullable = false)
    protected Long anchorProductId;

    @Column(name = "ITEM_PRODUCT_ID", nullable = false)
    protected Long itemProductId;

    /** The item's place in the widget for an impression (1 first), else 0. */
    @Column(name = "ITEM_POSITION", nullable = false)
    protected Integer position;

    /**
     * An impression row stands for the whole widget as shown: its items in their order ({@code 133,111,121}; the
     * first is {@link #itemProductId}), so a page view is one row, not one per item. Null for clicks and adds.
     */
    @Column(name = "ITEMS", length = 400)
    protected String items;

    /** The experiment variant the shopper was in, 0 for none. */
    @Column(name = "VARIANT_ID", nullable = false)
    protected Long variantId;

    @Column(name = "VISITOR_ID", length = 40)
    @Index(name = "CS_TRACKING_EVENT_VISITOR")
    protected String visitorId;

    @Column(name = "CUSTOMER_ID")
    @Index(name = "CS_TRACKING_EVENT_CUSTOMER")
    protected Long customerId;

    protected TrackingEventRecord() {
    }

    public Long getId() {
        return id;
    }

    public Date getTime() {
        return time;
    }

    public String getKind() {
        return kind;
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

    public int getPosition() {
        return position == null ? 0 : position;
    }

    public String getItems() {
        return items;
    }

    public long getVariantId() {
        return variantId == null ? 0 : variantId;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public Long getCustomerId() {
        return customerId;
    }
}
