package io.crosssell.site.widget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import io.crosssell.bundle.service.BundleService;

/**
 * {@code <blc:crosssellsavings order="${cart}" var="bundleSavings"/>}: the bundle discounts Broadleaf applied
 * to a cart or order, one {@link CrossSellBundleSaving} per bundle, read from the order's own adjustments
 * (nothing is recomputed, so the page shows exactly what the order will be charged).
 */
public class CrossSellBundleSavingsProcessor extends AbstractModelVariableModifierProcessor {

    private static final Log LOG = LogFactory.getLog(CrossSellBundleSavingsProcessor.class);

    private final BundleService bundles;

    public CrossSellBundleSavingsProcessor(BundleService bundles) {
        super("crosssellsavings");
        this.bundles = bundles;
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        String var = element.hasAttribute("var") ? element.getAttributeValue("var") : "bundleSavings";
        Object order = CrossSellProcessor.evaluate(arguments, element.getAttributeValue("order"));
        List<CrossSellBundleSaving> savings = new ArrayList<CrossSellBundleSaving>();
        try {
            if (order instanceof Order) {
                savings = savingsOf((Order) order, bundles.bundleNamesByOfferId());
            }
        } catch (RuntimeException e) {
            LOG.warn("Bundle savings left out of the page: " + e, e);
        }
        addToModel(arguments, var, savings);
    }

    /** The order's item adjustments from bundle offers, summed per bundle, in the order they first appear. */
    static List<CrossSellBundleSaving> savingsOf(Order order, Map<Long, String> bundleNamesByOfferId) {
        Map<Long, Money> amounts = new LinkedHashMap<Long, Money>();
        if (order.getOrderItems() != null) {
            for (OrderItem item : order.getOrderItems()) {
                for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                    for (OrderItemPriceDetailAdjustment adjustment : detail.getOrderItemPriceDetailAdjustments()) {
                        Long offerId = adjustment.getOffer() == null ? null : adjustment.getOffer().getId();
                        if (offerId != null && bundleNamesByOfferId.containsKey(offerId) && adjustment.getValue() != null) {
                            Money amount = adjustment.getValue().multiply(detail.getQuantity());
                            Money known = amounts.get(offerId);
                            amounts.put(offerId, known == null ? amount : known.add(amount));
                        }
                    }
                }
            }
        }
        List<CrossSellBundleSaving> savings = new ArrayList<CrossSellBundleSaving>();
        for (Map.Entry<Long, Money> entry : amounts.entrySet()) {
            savings.add(new CrossSellBundleSaving(bundleNamesByOfferId.get(entry.getKey()), entry.getValue()));
        }
        return savings;
    }
}
