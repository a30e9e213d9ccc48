package io.crosssell.experiment.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A submitted order of a visitor exposed to an experiment, with their variant: what the report sums per
 * variant (revenue per visitor, conversion, AOV, attach rate). Written at checkout; a cancelled order is marked.
 */
@Entity
@Table(name = "CS_EXPERIMENT_ORDER")
public class ExperimentOrder {

    @EmbeddedId
    protected Key id;

    @Column(name = "VARIANT_ID", nullable = false)
    protected Long variantId;

    /** Indexed: the report joins each exposed visitor to their orders. */
    @Column(name = "VISITOR_KEY", nullable = false, length = 50)
    @Index(name = "CS_EXPERIMENT_ORDER_VISITOR")
    protected String visitorKey;

    @Column(name = "SUBMITTED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date submitted;

    @Column(name = "MERCHANDISE", nullable = false, precision = 19, scale = 5)
    protected BigDecimal merchandise;

    /** Whether a line of the order was attributed (added or clicked) to the experiment's placement. */
    @Column(name = "ATTACHED", nullable = false)
    protected Boolean attached;

    @Column(name = "CANCELLED", nullable = false)
    protected Boolean cancelled;

    protected ExperimentOrder() {
    }

    public ExperimentOrder(long experimentId, long orderId, long variantId, String visitorKey, Date submitted,
            BigDecimal merchandise, boolean attached) {
        this.id = new Key(experimentId, orderId);
        this.variantId = variantId;
        this.visitorKey = visitorKey;
        this.submitted = submitted;
        this.merchandise = merchandise;
        this.attached = attached;
        this.cancelled = Boolean.FALSE;
    }

    public Key getId() {
        return id;
    }

    public long getVariantId() {
        return variantId;
    }

    public String getVisitorKey() {
        return visitorKey;
    }

    public BigDecimal getMerchandise() {
        return merchandise;
    }

    public boolean isAttached() {
        return Boolean.TRUE.equals(attached);
    }

    public boolean isCancelled() {
        return Boolean.TRUE.equals(cancelled);
    }

    /** Experiment and order. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "EXPERIMENT_ID", nullable = false)
        protected Long experimentId;

        @Column(name = "ORDER_ID", nullable = false)
        protected Long orderId;

        public Key() {
        }

        public Key(long experimentId, long orderId) {
            this.experimentId = experimentId;
            this.orderId = orderId;
        }

        public Long getExperimentId() {
            return experimentId;
        }

        public Long getOrderId() {
            return orderId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && experimentId.equals(((Key) other).experimentId) && orderId.equals(((Key) other).orderId);
        }

        @Override
        public int hashCode() {
            return experimentId.hashCode() * 31 + orderId.hashCode();
        }
    }
}
