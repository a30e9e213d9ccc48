package io.crosssell.learning;

import java.util.Arrays;
import java.util.Date;

import javax.persistence.EntityManager;

import io.crosssell.learning.domain.CoPurchaseChange;
import io.crosssell.learning.domain.CoPurchaseItem;
import io.crosssell.learning.domain.CoPurchasePair;

/**
 * Adds one order's weight to the stored counts inside the caller's transaction, so that concurrent orders do not
 * queue on each other: each row is changed by a relative update ({@code baskets = baskets + w}) that locks only that
 * row, rows are taken in ascending key order (no deadlock between two orders), and the change is logged last for
 * the other nodes. A row created by two orders at once fails one of them; the caller retries it.
 */
final class CoPurchaseCountWriter {

    /** Counts at or below this are empty: what is left of adding and taking off the same weights in floating point. */
    static final double EMPTY_COUNT = 1e-9;

    private final EntityManager em;

    CoPurchaseCountWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds the weight (negative to take an order back out) to each distinct item's row and each pair's; a missing row
     * is created when adding, and a row left at zero is deleted, as a rebuild would not write it.
     */
    void add(long orderId, long[] distinctProductIds, double weight) {
        long[] ids = distinctProductIds.clone();
        Arrays.sort(ids);
        for (long id : ids) {
            int changed = em.createQuery("UPDATE io.crosssell.learning.domain.CoPurchaseItem i"
                    + " SET i.baskets = i.baskets + :weight WHERE i.productId = :id")
                    .setParameter("weight", weight).setParameter("id", id).executeUpdate();
            if (changed == 0 && weight > 0) {
                em.persist(new CoPurchaseItem(id, weight));
                em.flush();
            }
        }
        for (int a = 0; a < ids.length; a++) {
            for (int b = a + 1; b < ids.length; b++) {
                int changed = em.createQuery("UPDATE io.crosssell.learning.domain.CoPurchasePair p"
                        + " SET p.baskets = p.baskets + :weight WHERE p.id.productA = :a AND p.id.productB = :b")
                        .setParameter("weight", weight).setParameter("a", ids[a]).setParameter("b", ids[b]).executeUpdate();
                if (changed == 0 && weight > 0) {
                    em.persist(new CoPurchasePair(ids[a], ids[b], weight));
                    em.flush();
                }
            }
        }
        if (weight < 0) {
            deleteEmptyRows(ids);
        }
        em.persist(new CoPurchaseChange(orderId, weight, ids, new Date()));
        em.flush();
    }

    private void deleteEmptyRows(long[] ids) {
        for (int a = 0; a < ids.length; a++) {
            em.createQuery("DELETE FROM io.crosssell.learning.domain.CoPurchaseItem i"
                    + " WHERE i.productId = :id AND i.baskets <= :empty")
                    .setParameter("id", ids[a]).setParameter("empty", EMPTY_COUNT).executeUpdate();
            for (int b = a + 1; b < ids.length; b++) {
                em.createQuery("DELETE FROM io.crosssell.learning.domain.CoPurchasePair p"
                        + " WHERE p.id.productA = :a AND p.id.productB = :b AND p.baskets <= :empty")
                        .setParameter("a", ids[a]).setParameter("b", ids[b]).setParameter("empty", EMPTY_COUNT)
                        .executeUpdate();
            }
        }
    }
}
