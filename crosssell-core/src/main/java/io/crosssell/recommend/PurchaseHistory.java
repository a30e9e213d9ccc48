package io.crosssell.recommend;

import java.util.List;
import java.util.Set;

/** The products a customer has already bought, for the "never what they already own" filter. */
public interface PurchaseHistory {

    /** Product ids of the customer's submitted orders; empty for unknown or anonymous customers. */
    Set<Long> productsBoughtBy(long customerId);

    /** What the customer bought lately, most recent order first, at most {@code max} products (consumables too). */
    default List<Long> recentlyBoughtBy(long customerId, int max) {
        return java.util.Collections.emptyList();
    }

    PurchaseHistory NONE = new PurchaseHistory() {
        @Override
        public Set<Long> productsBoughtBy(long customerId) {
            return java.util.Collections.emptySet();
        }
    };
}
