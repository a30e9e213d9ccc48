package io.crosssell.learning.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** How many (weighted) submitted orders held the product. Derived data, see {@link CoPurchasePair}. */
@Entity
@Table(name = "CS_COPURCHASE_ITEM")
public class CoPurchaseItem {

    @Id
    @Column(name = "PRODUCT_ID", nullable = false)
    protected Long productId;

    @Column(name = "BASKETS", nullable = false)
    protected Double baskets;

    protected CoPurchaseItem() {
    }

    public CoPurchaseItem(long productId, double baskets) {
        this.productId = productId;
        this.baskets = baskets;
    }

    public long getProductId() {
        return productId;
    }

    public double getBaskets() {
        return baskets;
    }

    public void add(double weight) {
        baskets = baskets + weight;
    }
}
