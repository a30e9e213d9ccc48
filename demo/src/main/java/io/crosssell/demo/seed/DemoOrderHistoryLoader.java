package io.crosssell.demo.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes {@link DemoOrderHistory} into Broadleaf's order tables as submitted orders of demo customers,
 * once: a database that already holds submitted orders is left alone.
 */
public class DemoOrderHistoryLoader {

    private static final Log LOG = LogFactory.getLog(DemoOrderHistoryLoader.class);
    private static final int FLUSH_EVERY = 200;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final EntityConfiguration entityConfiguration;
    private final TransactionTemplate transactionTemplate;

    public DemoOrderHistoryLoader(EntityConfiguration entityConfiguration, PlatformTransactionManager transactionManager) {
        this.entityConfiguration = entityConfiguration;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    /** Loads the history unless submitted orders already exist; returns how many orders it wrote. */
    public int loadIfEmpty() {
        final Number existing = (Number) em.createQuery(
                "SELECT COUNT(o) FROM org.broadleafcommerce.core.order.domain.Order o WHERE o.status = :status")
                .setParameter("status", OrderStatus.SUBMITTED.getType())
                .getSingleResult();
        if (existing.longValue() > 0) {
            LOG.info("Demo order history not loaded: " + existing + " submitted orders already exist");
            return 0;
        }
        final List<DemoOrderHistory.Order> orders = DemoOrderHistory.generate();
        long started = System.currentTimeMillis();
        transactionTemplate.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                write(orders);
            }
        });
        LOG.info("Loaded " + orders.size() + " generated demo orders in " + (System.currentTimeMillis() - started) + " ms");
        return orders.size();
    }

    private void write(List<DemoOrderHistory.Order> orders) {
        createCustomers();
        Map<Long, Sku> skus = findSkus();
        int written = 0;
        for (DemoOrderHistory.Order generated : orders) {
            Order order = entityConfiguration.createEntityInstance(Order.class.getName(), Order.class);
            order.setName("Generated demo order");
            order.setOrderNumber(generated.orderNumber);
            order.setStatus(OrderStatus.SUBMITTED);
            order.setSubmitDate(generated.submitDate);
            order.setCustomer(em.getReference(CustomerImpl.class, generated.customerId));
            order.setEmailAddress(emailOf(generated.customerId));
            Money subtotal = Money.ZERO;
            for (DemoOrderHistory.Line line : generated.lines) {
                Sku sku = skus.get(line.productId);
                if (sku == null) {
                    throw new IllegalStateException("Demo SKU " + line.productId + " is missing: was demo_catalog.sql imported?");
                }
                DiscreteOrderItem item = entityConfiguration.createEntityInstance(
                        DiscreteOrderItem.class.getName(), DiscreteOrderItem.class);
                item.setSku(sku);
                item.setProduct(sku.getDefaultProduct());
                item.setName(sku.getName());
                item.setQuantity(line.quantity);
                item.setRetailPrice(sku.getRetailPrice());
                item.setSalePrice(sku.getSalePrice() == null ? sku.getRetailPrice() : sku.getSalePrice());
                item.setOrder(order);
                order.getOrderItems().add(item);
                subtotal = subtotal.add(sku.getPrice().multiply(line.quantity));
            }
            order.setSubTotal(subtotal);
            order.setTotal(subtotal);
            em.persist(order);
            if (++written % FLUSH_EVERY == 0) {
                // Clearing keeps each flush's dirty check small; the SKUs are then looked up again.
                em.flush();
                em.clear();
                skus = findSkus();
            }
        }
        em.flush();
    }

    private Map<Long, Sku> findSkus() {
        Map<Long, Sku> skus = new HashMap<Long, Sku>();
        for (DemoCatalog.Item item : DemoCatalog.all()) {
            skus.put(item.id, em.find(SkuImpl.class, item.id));
        }
        return skus;
    }

    private void createCustomers() {
        for (long id = 1; id <= DemoOrderHistory.CUSTOMER_COUNT; id++) {
            Customer customer = entityConfiguration.createEntityInstance(Customer.class.getName(), Customer.class);
            customer.setId(id);
            customer.setUsername(emailOf(id));
            customer.setEmailAddress(emailOf(id));
            customer.setFirstName("Demo");
            customer.setLastName(String.format("Shopper %03d", id));
            customer.setRegistered(true);
            // Demo sign-in: password "shopper" (Broadleaf's plaintext encoder in the demo stores password{id}).
            customer.setPassword("shopper{" + id + "}");
            em.persist(customer);
        }
        em.flush();
    }

    private static String emailOf(long customerId) {
        return String.format("demo.shopper.%03d@bikeshop.example", customerId);
    }
}
