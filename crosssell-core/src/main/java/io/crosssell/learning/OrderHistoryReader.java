package io.crosssell.learning;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import io.crosssell.addon.service.AddOnLines;

/**
 * Reads Broadleaf's submitted orders as plain baskets (order id, submit time, product ids), with
 * projection queries that load no entities.
 */
public class OrderHistoryReader {

    static final String SUBMITTED = "SUBMITTED";

    /** One submitted order as the miner sees it. */
    public static final class OrderBasket {
        public final long orderId;
        public final long submittedAtMillis;
        public final long[] productIds;

        OrderBasket(long orderId, long submittedAtMillis, long[] productIds) {
            this.orderId = orderId;
            this.submittedAtMillis = submittedAtMillis;
            this.productIds = productIds;
        }
    }

    /** Leaves out add-on lines (gift wrap, warranties, delivery): services, not products shoppers pick. */
    static final String NOT_AN_ADD_ON = " AND NOT EXISTS (SELECT a.id FROM org.broadleafcommerce.core.order.domain.OrderItemAttributeImpl a"
            + " WHERE a.orderItem = i AND a.name = '" + AddOnLines.ADDON + "')";

    static final String CANCELLED = "CANCELLED";

    private static final String ITEMS_OF_ORDERS =
            "SELECT o.id, o.submitDate, p.id FROM org.broadleafcommerce.core.order.domain.DiscreteOrderItemImpl i"
                    + " JOIN i.order o JOIN i.product p WHERE o.status = :status" + NOT_AN_ADD_ON;

    /** Every submitted order with at least one product line, in order id order. */
    public List<OrderBasket> readAllSubmitted(EntityManager em) {
        return toBaskets(em.createQuery(ITEMS_OF_ORDERS + " ORDER BY o.id", Object[].class)
                .setParameter("status", SUBMITTED)
                .getResultList());
    }

    /** The order as a basket, or null when it is not submitted or has no product lines. */
    public OrderBasket readSubmitted(EntityManager em, long orderId) {
        return readInStatus(em, orderId, SUBMITTED);
    }

    /** The cancelled order as a basket (its product lines as they were submitted), or null when it is not cancelled. */
    public OrderBasket readCancelled(EntityManager em, long orderId) {
        return readInStatus(em, orderId, CANCELLED);
    }

    private OrderBasket readInStatus(EntityManager em, long orderId, String status) {
        List<OrderBasket> baskets = toBaskets(em.createQuery(ITEMS_OF_ORDERS + " AND o.id = :orderId", Object[].class)
                .setParameter("status", status)
                .setParameter("orderId", orderId)
                .getResultList());
        return baskets.isEmpty() ? null : baskets.get(0);
    }

    /**
     * Locks Broadleaf's row of the order until the transaction ends, so two processes folding in (or taking out) the
     * same order take turns and the second finds it done; false when there is no such order.
     */
    public boolean lockOrder(EntityManager em, long orderId) {
        return !em.createQuery("SELECT o.id FROM org.broadleafcommerce.core.order.domain.OrderImpl o WHERE o.id = :orderId",
                Long.class).setParameter("orderId", orderId).setLockMode(javax.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList().isEmpty();
    }

    /** Orders the ledger counts that Broadleaf has since cancelled, oldest first, at most {@code max}. */
    public List<Long> readCancelledMinedOrderIds(EntityManager em, int max) {
        return em.createQuery("SELECT m.orderId FROM io.crosssell.learning.domain.MinedOrder m, "
                + "org.broadleafcommerce.core.order.domain.OrderImpl o WHERE o.id = m.orderId AND o.status = :status"
                + " ORDER BY m.orderId", Long.class)
                .setParameter("status", CANCELLED)
                .setMaxResults(max)
                .getResultList();
    }

    /** Submitted orders the ledger does not hold yet, oldest first, at most {@code max}. */
    public List<Long> readUnminedSubmittedOrderIds(EntityManager em, int max) {
        return em.createQuery("SELECT o.id FROM org.broadleafcommerce.core.order.domain.OrderImpl o"
                + " WHERE o.status = :status AND NOT EXISTS"
                + " (SELECT m.orderId FROM io.crosssell.learning.domain.MinedOrder m WHERE m.orderId = o.id)"
                + " ORDER BY o.id", Long.class)
                .setParameter("status", SUBMITTED)
                .setMaxResults(max)
                .getResultList();
    }

    private static List<OrderBasket> toBaskets(List<Object[]> rows) {
        Map<Long, List<Long>> products = new LinkedHashMap<Long, List<Long>>();
        Map<Long, Date> submitted = new LinkedHashMap<Long, Date>();
        for (Object[] row : rows) {
            Long orderId = (Long) row[0];
            List<Long> ids = products.get(orderId);
            if (ids == null) {
                ids = new ArrayList<Long>(4);
                products.put(orderId, ids);
                submitted.put(orderId, (Date) row[1]);
            }
            ids.add((Long) row[2]);
        }
        List<OrderBasket> baskets = new ArrayList<OrderBasket>(products.size());
        for (Map.Entry<Long, List<Long>> order : products.entrySet()) {
            long[] ids = new long[order.getValue().size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = order.getValue().get(i);
            }
            Date date = submitted.get(order.getKey());
            baskets.add(new OrderBasket(order.getKey(), date == null ? 0L : date.getTime(), ids));
        }
        return baskets;
    }
}
