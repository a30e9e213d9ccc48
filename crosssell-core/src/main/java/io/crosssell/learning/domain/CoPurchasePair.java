package io.crosssell.learning.domain;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/**
 * How many (weighted) submitted orders held both products; productA &lt; productB. Derived data the
 * module rebuilds from order history, so it has no interface for shops to override.
 */
@Entity
@Table(name = "CS_COPURCHASE_PAIR")
public class CoPurchasePair {

    // An embedded id rather than an id class: Broadleaf's start-up sequence check expects one id property.
    @EmbeddedId
    protected Key id;

    @Column(name = "BASKETS", nullable = false)
    protected Double baskets;

    protected CoPurchasePair() {
    }

    public CoPurchasePair(long productA, long productB, double baskets) {
        if (productA >= productB) {
            throw new IllegalArgumentException("A pair is stored with productA < productB");
        }
        this.id = new Key(productA, productB);
        this.baskets = baskets;
    }

    public long getProductA() {
        return id.productA;
    }

    public long getProductB() {
        return id.productB;
    }

    public double getBaskets() {
        return baskets;
    }

    public void add(double weight) {
        baskets = baskets + weight;
    }

    /** Composite key of a pair row. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "PRODUCT_A", nullable = false)
        protected Long productA;

        @Column(name = "PRODUCT_B", nullable = false)
        protected Long productB;

        public Key() {
        }

        public Key(long productA, long productB) {
            this.productA = productA;
            this.productB = productB;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && productA.equals(((Key) other).productA) && productB.equals(((Key) other).productB);
        }

        @Override
        public int hashCode() {
            return 31 * productA.hashCode() + productB.hashCode();
        }
    }
}
