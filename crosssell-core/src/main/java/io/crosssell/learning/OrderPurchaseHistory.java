package io.crosssell.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.catalog.BroadleafCatalogAdapter;
import io.crosssell.recommend.PurchaseHistory;

/**
 * What a customer bought in submitted orders, minus consumables (which may be offered again), and what they
 * bought lately, most recent first.
 * Kept for a minute per customer in a bounded map, so a browsing session costs one query a minute.
 */
public class OrderPurchaseHistory implements PurchaseHistory {

    private static final int MAX_CUSTOMERS = 10000;
    private static final long TTL_MILLIS = 60000;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final BroadleafCatalogAdapter catalog;
    private final TransactionTemplate readOnlyTransaction;
    private final Map<Long, Bought> recent = new LinkedHashMap<Long, Bought>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bought> eldest) {
            return size() > MAX_CUSTOMERS;
        }
    };

    /** How many recent products are kept per customer for personal ranking. */
    private static final int MAX_RECENT = 16;

    private static final class Bought {
        final Set<Long> products;
        final List<Long> recentFirst;
        final long readAt;

        Bought(Set<Long> products, List<Long> recentFirst, long readAt) {
            this.products = products;
            this.recentFirst = recentFirst;
            this.readAt = readAt;
        }
    }

    public OrderPurchaseHistory(BroadleafCatalogAdapter catalog, PlatformTransactionManager transactionManager) {
        this.catalog = catalog;
        this.readOnlyTransaction = new TransactionTemplate(transactionManager);
        this.readOnlyTransaction.setReadOnly(true);
    }

    @Override
    public Set<Long> productsBoughtBy(long customerId) {
        return boughtBy(customerId).products;
    }

    @Override
    public List<Long> recentlyBoughtBy(long customerId, int max) {
        List<Long> recent = boughtBy(customerId).recentFirst;
        return recent.size() > max ? recent.subList(0, max) : recent;
    }

    private Bought boughtBy(final long customerId) {
        final long now = System.currentTimeMillis();
        synchronized (recent) {
            Bought entry = recent.get(customerId);
            if (entry != null && now - entry.readAt < TTL_MILLIS) {
                return entry;
            }
        }
        Bought bought = readOnlyTransaction.execute(new TransactionCallback<Bought>() {
            @Override
            public Bought doInTransaction(TransactionStatus status) {
                List<Long> ids = em.createQuery("SELECT p.id FROM org.broadleafcommerce.core.order.domain.DiscreteOrderItemImpl i"
                        + " JOIN i.order o JOIN i.product p WHERE o.customer.id = :customerId AND o.status = :status"
                        + OrderHistoryReader.NOT_AN_ADD_ON + " ORDER BY o.submitDate DESC, o.id DESC", Long.class)
                        .setParameter("customerId", customerId)
                        .setParameter("status", OrderHistoryReader.SUBMITTED)
                        .getResultList();
                Set<Long> owned = new HashSet<Long>();
                Set<Long> recentFirst = new LinkedHashSet<Long>();
                for (Long id : ids) {
                    if (recentFirst.size() < MAX_RECENT) {
                        recentFirst.add(id);
                    }
                    if (!catalog.isConsumable(id)) {
                        owned.add(id);
                    }
                }
                return new Bought(Collections.unmodifiableSet(owned),
                        Collections.unmodifiableList(new ArrayList<Long>(recentFirst)), now);
            }
        });
        synchronized (recent) {
            recent.put(customerId, bought);
        }
        return bought;
    }

    /** Forgets what was read, e.g. after the customer placed an order. */
    public void forget(long customerId) {
        synchronized (recent) {
            recent.remove(customerId);
        }
    }
}
