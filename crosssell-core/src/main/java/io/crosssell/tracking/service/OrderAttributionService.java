package io.crosssell.tracking.service;

import org.broadleafcommerce.core.order.domain.Order;

import io.crosssell.tracking.Shopper;

/** Records what widgets sold in submitted orders, and takes cancelled orders back out. */
public interface OrderAttributionService {

    /** Attributes a submitted order (once: false when it already was). Never throws for a broken tracking store. */
    boolean attribute(Order order, Shopper shopper);

    /** Attributes recently submitted orders that have no attribution yet and marks cancelled or removed ones. */
    Reconciliation reconcile();

    /** What one {@link #reconcile()} run did. */
    final class Reconciliation {
        public final int attributed;
        public final int cancelled;

        public Reconciliation(int attributed, int cancelled) {
            this.attributed = attributed;
            this.cancelled = cancelled;
        }
    }
}
