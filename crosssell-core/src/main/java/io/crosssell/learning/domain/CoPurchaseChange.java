package io.crosssell.learning.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * One order folded into (positive weight) or taken out of (negative) the statistics, written in the same
 * transaction as the counts: storefront nodes apply these rows to the statistics they hold instead of reloading
 * the pair table. Kept for a day.
 */
@Entity
@Table(name = "CS_COPURCHASE_CHANGE")
public class CoPurchaseChange {

    /** Longest product list a row carries; a bigger order's row has none, which tells nodes to reload. */
    public static final int MAX_PRODUCT_IDS_LENGTH = 4000;

    // Identity, not a table generator: ids must rise in the order rows are written across nodes (readers poll by id).
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "WEIGHT", nullable = false)
    protected Double weight;

    @Column(name = "PRODUCT_IDS", length = MAX_PRODUCT_IDS_LENGTH)
    protected String productIds;

    @Column(name = "CHANGED_AT", nullable = false)
    @Index(name = "CS_COPURCHASE_CHANGE_AT_INDEX", columnNames = {"CHANGED_AT"})
    @Temporal(TemporalType.TIMESTAMP)
    protected Date changedAt;

    protected CoPurchaseChange() {
    }

    public CoPurchaseChange(long orderId, double weight, long[] distinctProductIds, Date changedAt) {
        this.orderId = orderId;
        this.weight = weight;
        this.productIds = encode(distinctProductIds);
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public double getWeight() {
        return weight;
    }

    /** The order's distinct product ids, or null when there were too many to store in the row. */
    public long[] getProductIds() {
        return decode(productIds);
    }

    static String encode(long[] ids) {
        StringBuilder text = new StringBuilder(ids.length * 6);
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(ids[i]);
        }
        return text.length() > MAX_PRODUCT_IDS_LENGTH ? null : text.toString();
    }

    static long[] decode(String text) {
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            return new long[0];
        }
        String[] parts = text.split(",");
        long[] ids = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = Long.parseLong(parts[i]);
        }
        return ids;
    }
}
