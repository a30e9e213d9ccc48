package io.crosssell.demo.launch;

import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Orders written straight to the demo's database, as Broadleaf's checkout (or a cancellation) would leave them. */
public final class TestOrders {

    private TestOrders() {
    }

    /** Persists a submitted order of demo customer 1 with one of each product; returns its id. */
    public static long submit(ApplicationContext context, long... productIds) {
        return write(context, 1L, OrderStatus.SUBMITTED, productIds);
    }

    /** Persists a submitted order of the customer with one of each product; returns its id. */
    public static long submitFor(ApplicationContext context, long customerId, long... productIds) {
        return write(context, customerId, OrderStatus.SUBMITTED, productIds);
    }

    /** Persists a registered customer with this id unless there is one, as the demo seed does. */
    public static void ensureCustomer(final ApplicationContext context, final long customerId, final String lastName) {
        transaction(context).execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                EntityManager em = entityManager(context);
                if (em.find(CustomerImpl.class, customerId) == null) {
                    Customer customer = context.getBean("blEntityConfiguration", EntityConfiguration.class)
                            .createEntityInstance(Customer.class.getName(), Customer.class);
                    customer.setId(customerId);
                    customer.setUsername("test.customer." + customerId + "@bikeshop.example");
                    customer.setEmailAddress("test.customer." + customerId + "@bikeshop.example");
                    customer.setFirstName("Test");
                    customer.setLastName(lastName);
                    customer.setRegistered(true);
                    em.persist(customer);
                }
                return null;
            }
        });
    }

    /** Persists a cart (an order in process, which nothing learns from) of demo customer 1; returns its id. */
    public static long cart(ApplicationContext context, long... productIds) {
        return write(context, 1L, OrderStatus.IN_PROCESS, productIds);
    }

    private static long write(final ApplicationContext context, final long customerId, final OrderStatus orderStatus,
            final long... productIds) {
        return transaction(context).execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                EntityManager em = entityManager(context);
                EntityConfiguration entities = context.getBean("blEntityConfiguration", EntityConfiguration.class);
                Order order = entities.createEntityInstance(Order.class.getName(), Order.class);
                order.setName("Integration test order");
                order.setStatus(orderStatus);
                order.setSubmitDate(orderStatus == OrderStatus.SUBMITTED ? new Date() : null);
                order.setCustomer(em.getReference(CustomerImpl.class, customerId));
                for (long productId : productIds) {
                    Sku sku = em.find(SkuImpl.class, productId);
                    DiscreteOrderItem item = entities.createEntityInstance(DiscreteOrderItem.class.getName(), DiscreteOrderItem.class);
                    item.setSku(sku);
                    item.setProduct(sku.getDefaultProduct());
                    item.setName(sku.getName());
                    item.setQuantity(1);
                    item.setRetailPrice(sku.getRetailPrice());
                    item.setSalePrice(sku.getPrice());
                    item.setOrder(order);
                    order.getOrderItems().add(item);
                }
                em.persist(order);
                em.flush();
                return order.getId();
            }
        });
    }

    /** Marks the order cancelled, as Broadleaf's order status change does. */
    public static void cancel(final ApplicationContext context, final long orderId) {
        transaction(context).execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                entityManager(context).find(OrderImpl.class, orderId).setStatus(OrderStatus.CANCELLED);
                return null;
            }
        });
    }

    private static EntityManager entityManager(ApplicationContext context) {
        return EntityManagerFactoryUtils.getTransactionalEntityManager(context.getBean("entityManagerFactory", EntityManagerFactory.class));
    }

    private static TransactionTemplate transaction(ApplicationContext context) {
        return new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
    }
}
