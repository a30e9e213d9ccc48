package io.crosssell.tracking.attribution;

import java.math.BigDecimal;

/** A product line of a submitted order, with the widget it was added from when it was (order item attributes). */
public final class OrderLine {

    private final long lineId;
    private final long productId;
    private final int quantity;
    private final BigDecimal amount;
    private final String addedFromPlacement;
    private final Long addedFromAnchor;

    /**
     * @param amount the line's value after its discounts
     * @param addedFromPlacement the placement the line was added from, or null when not added from a widget
     */
    public OrderLine(long lineId, long productId, int quantity, BigDecimal amount, String addedFromPlacement,
            Long addedFromAnchor) {
        this.lineId = lineId;
        this.productId = productId;
        this.quantity = quantity;
        this.amount = amount;
        this.addedFromPlacement = addedFromPlacement;
        this.addedFromAnchor = addedFromAnchor;
    }

    public long lineId() {
        return lineId;
    }

    public long productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String addedFromPlacement() {
        return addedFromPlacement;
    }

    public Long addedFromAnchor() {
        return addedFromAnchor;
    }
}
