package io.crosssell.tracking.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.addon.service.AddOnLines;
import io.crosssell.bundle.service.AppliedBundles;
import io.crosssell.bundle.service.BundleService;
import io.crosssell.tracking.Shopper;
import io.crosssell.tracking.TrackedPlacements;
import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.attribution.AttributedLine;
import io.crosssell.tracking.attribution.AttributedOrder;
import io.crosssell.tracking.attribution.OrderAttributionListener;
import io.crosssell.tracking.attribution.Attributor;
import io.crosssell.tracking.attribution.OrderLine;
import io.crosssell.tracking.attribution.ShopperTouch;
import io.crosssell.tracking.attribution.WidgetAdds;
import io.crosssell.tracking.domain.OrderAttribution;
import io.crosssell.tracking.domain.TrackedOrder;
import io.crosssell.tracking.domain.TrackingCounter;
import io.crosssell.tracking.domain.TrackingEventRecord;

/**
 * Attributes a submitted order in a transaction of its own (a failure is logged, never thrown into the checkout,
 * and the next {@link #reconcile()} attributes the order from what it carries: its widget adds and its customer).
 */
public class OrderAttributionServiceImpl implements OrderAttributionService {

    private static final Log LOG = LogFactory.getLog(OrderAttributionServiceImpl.class);
    private static final String ORDER = "org.broadleafcommerce.core.order.domain.OrderImpl";
    /** Most raw events read for one order: the shopper's latest, so the work per order is bounded. */
    static final int MAX_TOUCHES = 5_000;
    /** Most orders one reconcile run attributes or cancels, so a backlog is worked off in bounded steps. */
    static final int MAX_ORDERS_PER_RUN = 200;
    /** Orders younger than this are left to their checkout, which knows the guest's visitor id. */
    static final long CHECKOUT_GRACE_MILLIS = TimeUnit.MINUTES.toMillis(2);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final BundleService bundles;
    private final Attributor attributor;
    private final long windowMillis;
    private final int reconcileDays;
    private final TransactionTemplate ownTransaction;
    private List<OrderAttributionListener> listeners = new ArrayList<OrderAttributionListener>();

    /**
     * @param windowDays how long before an order a click or view still counts
     * @param reconcileDays how far back submitted orders are attributed late and cancellations looked for
     */
    public OrderAttributionServiceImpl(BundleService bundles, PlatformTransactionManager transactionManager, int windowDays,
            int reconcileDays) {
        this.bundles = bundles;
        this.windowMillis = TimeUnit.DAYS.toMillis(windowDays);
        this.attributor = new Attributor(windowMillis);
        this.reconcileDays = reconcileDays;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What else keeps per order (experiments), told inside attribution's transactions. */
    public void setListeners(List<OrderAttributionListener> listeners) {
        this.listeners = new ArrayList<OrderAttributionListener>(listeners);
    }

    @Override
    public boolean attribute(Order order, Shopper shopper) {
        try {
            if (order == null || order.getId() == null) {
                return false;
            }
            return store(snapshotOf(order), shopper);
        } catch (RuntimeException e) {
            LOG.warn("Order " + (order == null ? null : order.getId()) + " not attributed now; the reconcile run retries: " + e);
            return false;
        }
    }

    @Override
    public Reconciliation reconcile() {
        final Date since = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(reconcileDays));
        final Date before = new Date(System.currentTimeMillis() - CHECKOUT_GRACE_MILLIS);
        List<Long> unattributed = ownTransaction.execute(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return em.createQuery("SELECT o.id FROM " + ORDER + " o WHERE o.status = 'SUBMITTED' AND o.submitDate >= :since"
                        + " AND o.submitDate < :before AND NOT EXISTS (SELECT t.orderId FROM TrackedOrder t WHERE t.orderId = o.id)"
                        + " ORDER BY o.id", Long.class).setParameter("since", since).setParameter("before", before)
                        .setMaxResults(MAX_ORDERS_PER_RUN).getResultList();
            }
        });
        int attributed = 0;
        for (final Long orderId : unattributed) {
            try {
                Boolean stored = ownTransaction.execute(new TransactionCallback<Boolean>() {
                    @Override
                    public Boolean doInTransaction(TransactionStatus status) {
                        Order order = em.find(org.broadleafcommerce.core.order.domain.OrderImpl.class, orderId);
                        Customer customer = order == null ? null : order.getCustomer();
                        Shopper shopper = new Shopper(null, customer == null ? null : customer.getId());
                        return order != null && store(snapshotOf(order), shopper);
                    }
                });
                attributed += Boolean.TRUE.equals(stored) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Order " + orderId + " could not be attributed: " + e);
            }
        }
        Integer cancelled = ownTransaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                List<TrackedOrder> gone = em.createQuery("SELECT t FROM TrackedOrder t WHERE t.cancelled = false"
                        + " AND t.submitted >= :since AND NOT EXISTS (SELECT o.id FROM " + ORDER + " o WHERE o.id = t.orderId"
                        + " AND o.status <> 'CANCELLED')", TrackedOrder.class).setParameter("since", since)
                        .setMaxResults(MAX_ORDERS_PER_RUN).getResultList();
                Date now = new Date();
                for (TrackedOrder order : gone) {
                    order.cancel(now);
                    em.createQuery("UPDATE OrderAttribution a SET a.cancelled = true WHERE a.id.orderId = :order")
                            .setParameter("order", order.getOrderId()).executeUpdate();
                    for (OrderAttributionListener listener : listeners) {
                        listener.cancelled(order.getOrderId());
                    }
                }
                return gone.size();
            }
        });
        return new Reconciliation(attributed, cancelled == null ? 0 : cancelled);
    }

    /** Writes the order's rows unless it is attributed already; the shopper's events are read in the same transaction. */
    private boolean store(final OrderSnapshot order, final Shopper shopper) {
        Boolean stored = ownTransaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                if (em.find(TrackedOrder.class, order.orderId) != null) {
                    return false;
                }
                Attributor.Result result = attributor.attribute(order.lines, touches(shopper, order.submitted), order.submitted);
                String day = Instant.ofEpochMilli(order.submitted).atZone(ZoneOffset.UTC).toLocalDate().toString();
                StringBuilder shown = new StringBuilder(",");
                for (String placement : result.shownPlacements()) {
                    shown.append(placement).append(',');
                }
                em.persist(new TrackedOrder(order.orderId, day, new Date(order.submitted), order.merchandise, order.currency,
                        shown.length() > 255 ? shown.substring(0, 255) : shown.toString(), result.attributedCount()));
                for (AttributedLine line : result.lines()) {
                    em.persist(new OrderAttribution(new OrderAttribution.Key(order.orderId, line.line().lineId()),
                            OrderAttribution.LineKind.PRODUCT, day, line.placement(),
                            line.anchorProductId() == null ? TrackingCounter.NO_ANCHOR : line.anchorProductId(),
                            line.line().productId(), line.touch(), line.line().quantity(), line.line().amount(), order.currency));
                }
                for (OrderAttribution extra : order.extras(day)) {
                    em.persist(extra);
                }
                Set<String> attributedPlacements = new TreeSet<String>();
                for (AttributedLine line : result.lines()) {
                    if (line.isAttributed()) {
                        attributedPlacements.add(line.placement());
                    }
                }
                AttributedOrder attributed = new AttributedOrder(order.orderId, order.submitted, order.merchandise, order.currency,
                        shopper == null ? Shopper.ANONYMOUS : shopper, attributedPlacements);
                for (OrderAttributionListener listener : listeners) {
                    listener.attributed(attributed);
                }
                return true;
            }
        });
        return Boolean.TRUE.equals(stored);
    }

    /** The shopper's clicks and impressions within the window before the order, latest first, at most {@link #MAX_TOUCHES}. */
    private List<ShopperTouch> touches(Shopper shopper, long orderMillis) {
        List<ShopperTouch> touches = new ArrayList<ShopperTouch>();
        if (shopper == null || (shopper.visitorId() == null && shopper.customerId() == null)) {
            return touches;
        }
        String who = shopper.visitorId() != null && shopper.customerId() != null ? "(e.visitorId = :visitor OR e.customerId = :customer)"
                : shopper.visitorId() != null ? "e.visitorId = :visitor" : "e.customerId = :customer";
        TypedQuery<TrackingEventRecord> query = em.createQuery("SELECT e FROM TrackingEventRecord e WHERE " + who
                + " AND e.kind IN ('C', 'I') AND e.time >= :since AND e.time <= :until ORDER BY e.time DESC", TrackingEventRecord.class)
                .setParameter("since", new Date(orderMillis - windowMillis)).setParameter("until", new Date(orderMillis))
                .setMaxResults(MAX_TOUCHES);
        if (shopper.visitorId() != null) {
            query.setParameter("visitor", shopper.visitorId());
        }
        if (shopper.customerId() != null) {
            query.setParameter("customer", shopper.customerId());
        }
        for (TrackingEventRecord event : query.getResultList()) {
            Long anchor = event.getAnchorProductId() == null || event.getAnchorProductId() == TrackingCounter.NO_ANCHOR ? null
                    : event.getAnchorProductId();
            TrackingEvent.Kind kind = TrackingEvent.Kind.fromCode(event.getKind());
            long at = event.getTime().getTime();
            if (event.getItems() == null) {
                touches.add(new ShopperTouch(kind, event.getPlacement(), anchor, event.getItemProductId(), at));
                continue;
            }
            // An impression row lists every item the widget showed.
            for (String item : event.getItems().split(",")) {
                if (item.matches("\\d{1,18}")) {
                    touches.add(new ShopperTouch(kind, event.getPlacement(), anchor, Long.parseLong(item), at));
                }
            }
        }
        return touches;
    }

    /** What attribution needs of an order, read while its entity is at hand. */
    private OrderSnapshot snapshotOf(Order order) {
        OrderSnapshot snapshot = new OrderSnapshot();
        snapshot.orderId = order.getId();
        snapshot.submitted = order.getSubmitDate() == null ? System.currentTimeMillis() : order.getSubmitDate().getTime();
        snapshot.currency = order.getCurrency() == null ? "USD" : order.getCurrency().getCurrencyCode();
        snapshot.merchandise = amountOf(order.getSubTotal());
        for (OrderItem item : AddOnLines.productLines(order)) {
            if (!(item instanceof DiscreteOrderItem) || ((DiscreteOrderItem) item).getProduct() == null) {
                continue;
            }
            String placement = AddOnLines.attribute(item, WidgetAdds.PLACEMENT);
            String anchor = AddOnLines.attribute(item, WidgetAdds.ANCHOR);
            snapshot.lines.add(new OrderLine(item.getId(), ((DiscreteOrderItem) item).getProduct().getId(), item.getQuantity(),
                    amountOf(item.getTotalPrice()), placement != null && placement.matches("[a-z-]{1,40}") ? placement : null,
                    anchor != null && anchor.matches("\\d{1,18}") ? Long.valueOf(anchor) : null));
        }
        for (OrderItem item : AddOnLines.addOnLines(order)) {
            snapshot.addOns.add(new Object[] { item.getId(), AddOnLines.addOnIdOf(item), item.getQuantity(), amountOf(item.getTotalPrice()) });
        }
        snapshot.bundleSavings.putAll(AppliedBundles.savingsByBundleId(order, bundles.bundleIdsByOfferId()));
        return snapshot;
    }

    private static BigDecimal amountOf(Money money) {
        return money == null ? BigDecimal.ZERO : money.getAmount();
    }

    /** An order's attributable parts. */
    private static final class OrderSnapshot {
        long orderId;
        long submitted;
        String currency;
        BigDecimal merchandise;
        final List<OrderLine> lines = new ArrayList<OrderLine>();
        /** line id, add-on id, quantity, amount */
        final List<Object[]> addOns = new ArrayList<Object[]>();
        final Map<Long, BigDecimal> bundleSavings = new java.util.LinkedHashMap<Long, BigDecimal>();

        /** Add-on lines (from the add-on widget by definition) and bundle savings, as their own rows. */
        List<OrderAttribution> extras(String day) {
            List<OrderAttribution> rows = new ArrayList<OrderAttribution>();
            for (Object[] addOn : addOns) {
                rows.add(new OrderAttribution(new OrderAttribution.Key(orderId, (Long) addOn[0]), OrderAttribution.LineKind.ADDON,
                        day, TrackedPlacements.ADDONS, TrackingCounter.NO_ANCHOR, addOn[1] == null ? 0L : (Long) addOn[1], OrderAttribution.Touch.ADD,
                        (Integer) addOn[2], (BigDecimal) addOn[3], currency));
            }
            for (Map.Entry<Long, BigDecimal> saving : bundleSavings.entrySet()) {
                rows.add(new OrderAttribution(new OrderAttribution.Key(orderId, -saving.getKey()), OrderAttribution.LineKind.BUNDLE,
                        day, TrackedPlacements.BUNDLE, TrackingCounter.NO_ANCHOR, saving.getKey(), OrderAttribution.Touch.ADD, 1, saving.getValue(),
                        currency));
            }
            return rows;
        }
    }
}
