package io.crosssell.tracking.service;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.profile.core.domain.Customer;

import io.crosssell.tracking.Shopper;
import io.crosssell.tracking.VisitorCookie;

/**
 * Near the end of Broadleaf's checkout workflow: attributes the submitted order to the widgets its shopper (the
 * visitor cookie of the checkout request, and the order's customer) added from, clicked or saw. Never throws,
 * so it can never fail a checkout; an order it could not write is attributed by the next reconcile run.
 */
public class AttributeOrderActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(AttributeOrderActivity.class);

    private final OrderAttributionService attribution;

    public AttributeOrderActivity(OrderAttributionService attribution) {
        this.attribution = attribution;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
        try {
            Order order = context.getSeedData().getOrder();
            BroadleafRequestContext request = BroadleafRequestContext.getBroadleafRequestContext();
            HttpServletRequest http = request == null ? null : request.getRequest();
            Customer customer = order == null ? null : order.getCustomer();
            attribution.attribute(order, new Shopper(VisitorCookie.read(http), customer == null ? null : customer.getId()));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Order not attributed at checkout; the reconcile run will: " + e);
        }
        return context;
    }
}
