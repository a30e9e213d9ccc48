package io.crosssell.site.widget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.thymeleaf.Arguments;
import org.thymeleaf.Configuration;
import org.thymeleaf.dom.Element;
import org.thymeleaf.standard.expression.StandardExpressions;

import io.crosssell.addon.service.AddOnLines;
import io.crosssell.experiment.WidgetTreatment;
import io.crosssell.experiment.service.ExperimentService;
import io.crosssell.recommend.Placement;
import io.crosssell.site.tracking.Shoppers;
import io.crosssell.site.web.CrossSellRecommendationController;
import io.crosssell.site.web.FormResponses;
import io.crosssell.tracking.Shopper;
import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.TrackingRecorder;

/**
 * {@code <blc:crosssell placement="fbt" product="${product}" var="crossSell"/>}: puts the placement's
 * {@link CrossSellWidget} into the model for a fragment to render. {@code placement} is fbt, upsell, cart,
 * confirmation or personal; the product page's (fbt, upsell) need {@code product}, confirmation {@code order}; cart
 * uses the shopper's cart, personal ("Recommended for you") what the shopper viewed lately and a customer's orders.
 * Thin on purpose: reads attributes, asks the service, adds the view model.
 */
public class CrossSellProcessor extends AbstractModelVariableModifierProcessor {

    private final CrossSellWidgetService widgets;
    private final TrackingRecorder tracking;
    private final ExperimentService experiments;

    public CrossSellProcessor(CrossSellWidgetService widgets) {
        this(widgets, null, null);
    }

    /**
     * @param tracking where impressions and exposures go (one per shown item and page view), or null for none
     * @param experiments what runs on each placement (the visitor's variant decides the widget), or null for none
     */
    public CrossSellProcessor(CrossSellWidgetService widgets, TrackingRecorder tracking, ExperimentService experiments) {
        super("crosssell");
        this.widgets = widgets;
        this.tracking = tracking;
        this.experiments = experiments;
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        String var = element.hasAttribute("var") ? element.getAttributeValue("var") : "crossSell";
        Placement placement = Placement.fromCode(element.getAttributeValue("placement"));
        if (placement == null) {
            throw new IllegalArgumentException("blc:crosssell needs placement=\"fbt\", \"upsell\", \"cart\", \"confirmation\" or \"personal\"");
        }
        Set<Long> cart = productsOf(CartState.getCart());
        Set<Long> anchors;
        String orderNumber = null;
        if (placement.isOnProductPage()) {
            Object product = evaluate(arguments, element.getAttributeValue("product"));
            anchors = product instanceof Product ? Collections.singleton(((Product) product).getId())
                    : Collections.<Long>emptySet();
        } else if (placement == Placement.CONFIRMATION) {
            Object order = evaluate(arguments, element.getAttributeValue("order"));
            anchors = order instanceof Order ? productsOf((Order) order) : Collections.<Long>emptySet();
            orderNumber = order instanceof Order ? ((Order) order).getOrderNumber() : null;
        } else if (placement.anchors() == Placement.Anchors.HISTORY) {
            anchors = Collections.<Long>emptySet();
        } else {
            anchors = cart;
        }
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        // track="false" where the placement is not a page a shopper views (the order e-mail), and a script's re-read of
        // a part of the page (the add-ons swapping the cart in place) is no new view: no impression, no exposure.
        boolean pageView = !"false".equals(element.getAttributeValue("track"))
                && !(request != null && FormResponses.isScript(request));
        Shopper shopper = pageView && request != null ? Shoppers.of(request, context.getResponse()) : null;
        WidgetTreatment treatment = treatmentOf(placement, shopper);
        List<Long> recentlyViewed = RecentlyViewed.of(request);
        CrossSellWidget widget = widgets.widget(placement, anchors, cart, registeredCustomerId(), recentlyViewed, treatment);
        if (placement.isOnProductPage() && !anchors.isEmpty() && request != null && pageView) {
            // After the lists are asked for: the page's own product is history from the next page on.
            RecentlyViewed.viewed(request, anchors.iterator().next());
        }
        // A form add refused because an item became unavailable comes back with its id, so the message can name it.
        Long unavailable = request == null ? null : CrossSellRecommendationController.parseId(request.getParameter("csUnavailable"));
        if (unavailable != null) {
            widget = widget.afterUnavailable(widgets.productName(unavailable));
        }
        ModelVariables.expose(arguments, element, var, orderNumber == null ? widget : widget.forOrder(orderNumber));
        if (shopper != null && tracking != null) {
            String userAgent = request.getHeader("User-Agent");
            if (treatment.assignment() != null) {
                tracking.recordExposure(userAgent, shopper, placement.code(), treatment.experimentId(), treatment.variantId());
            }
            countImpressions(userAgent, shopper, placement, placement.isOnProductPage() && !anchors.isEmpty() ? anchors.iterator().next()
                    : null, widget, treatment);
        }
    }

    /** The placement's defaults and, when an experiment runs on it, the shopper's variant. */
    private WidgetTreatment treatmentOf(Placement placement, Shopper shopper) {
        if (shopper == null) {
            try {
                return experiments == null ? WidgetTreatment.none() : new WidgetTreatment(experiments.defaults(placement), null);
            } catch (RuntimeException e) {
                return WidgetTreatment.none();
            }
        }
        return Shoppers.treatment(experiments, placement, shopper);
    }

    /** One impression per shown item, for shoppers only (a request without one is no page view). */
    private void countImpressions(String userAgent, Shopper shopper, Placement placement, Long anchor, CrossSellWidget widget,
            WidgetTreatment treatment) {
        if (widget.isEmpty() || !tracking.isEnabled()) {
            return;
        }
        List<Long> shown = new ArrayList<Long>(widget.getItems().size());
        for (CrossSellItemView item : widget.getItems()) {
            shown.add(item.getProductId());
        }
        tracking.recordForShopper(userAgent, shopper, TrackingEvent.Kind.IMPRESSION, placement.code(), anchor, shown,
                treatment.experimentId(), treatment.variantId());
    }

    /** The signed-in customer whose purchases widgets leave out, or null for a guest. */
    public static Long registeredCustomerId() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isRegistered() ? customer.getId() : null;
    }

    /** Evaluates a Thymeleaf expression attribute (null for a blank one). */
    public static Object evaluate(Arguments arguments, String expression) {
        if (expression == null || expression.trim().isEmpty()) {
            return null;
        }
        Configuration configuration = arguments.getConfiguration();
        return StandardExpressions.getExpressionParser(configuration)
                .parseExpression(configuration, arguments, expression)
                .execute(configuration, arguments);
    }

    /** Product ids of an order's (or cart's) product lines; add-on lines are services, not products. */
    public static Set<Long> productsOf(Order order) {
        Set<Long> ids = new LinkedHashSet<Long>();
        if (order == null || order.getOrderItems() == null) {
            return ids;
        }
        for (OrderItem item : AddOnLines.productLines(order)) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null) {
                ids.add(((DiscreteOrderItem) item).getProduct().getId());
            }
        }
        return ids;
    }
}
