package io.crosssell.learning.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The ledger of orders already counted: its primary key makes folding an order in idempotent, so
 * at-least-once delivery of "order submitted" never counts an order twice.
 */
@Entity
@Table(name = "CS_MINED_ORDER")
public class MinedOrder {

    @Id
    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "WEIGHT", nullable = false)
    protected Double weight;

    @Column(name = "MINED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date minedAt;

    protected MinedOrder() {
    }

    public MinedOrder(long orderId, double weight, Date minedAt) {
        this.orderId = orderId;
        this.weight = weight;
        this.minedAt = minedAt;
    }

    public long getOrderId() {
        return orderId;
    }

    public double getWeight() {
        return weight;
    }
}
