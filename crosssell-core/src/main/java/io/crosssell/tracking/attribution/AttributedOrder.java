package io.crosssell.tracking.attribution;

import java.math.BigDecimal;
import java.util.Set;

import io.crosssell.tracking.Shopper;

/** A submitted order as attribution recorded it, for what else keeps per order (experiments). */
public final class AttributedOrder {

    private final long orderId;
    private final long submittedMillis;
    private final BigDecimal merchandise;
    private final String currency;
    private final Shopper shopper;
    private final Set<String> attributedPlacements;

    public AttributedOrder(long orderId, long submittedMillis, BigDecimal merchandise, String currency, Shopper shopper,
            Set<String> attributedPlacements) {
        this.orderId = orderId;
        this.submittedMillis = submittedMillis;
        this.merchandise = merchandise;
        this.currency = currency;
        this.shopper = shopper;
        this.attributedPlacements = attributedPlacements;
    }

    public long orderId() {
        return orderId;
    }

    public long submittedMillis() {
        return submittedMillis;
    }

    public BigDecimal merchandise() {
        return merchandise;
    }

    public String currency() {
        return currency;
    }

    public Shopper shopper() {
        return shopper;
    }

    /** The placements a line of the order was added from or clicked in. */
    public Set<String> attributedPlacements() {
        return attributedPlacements;
    }
}
