package io.crosssell.site.widget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import io.crosssell.addon.service.AddOnLines;
import io.crosssell.bundle.service.BundleService;

/**
 * {@code <blc:crosssellsavings order="${cart}" var="bundleSavings"/>}: the bundle discounts Broadleaf applied
 * to a cart or order, one {@link CrossSellBundleSaving} per bundle (and one for other item discounts), read from the
 * order's own adjustments (nothing is recomputed, so the page shows exactly what the order will be charged). Pages list
 * the lines at their price before these discounts and the savings once below them, so nothing reads as taken off twice.
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
        ModelVariables.expose(arguments, element, var, savings);
    }

    /**
     * The order's item adjustments from bundle offers, summed per bundle in the order they first appear, each with the
     * names of the lines it discounts; then what other offers took off the items, as one line without a name, so the
     * savings listed add up to every item discount of the order.
     */
    static List<CrossSellBundleSaving> savingsOf(Order order, Map<Long, String> bundleNamesByOfferId) {
        Map<Long, Money> amounts = new LinkedHashMap<Long, Money>();
        Map<Long, Set<String>> lineNames = new HashMap<Long, Set<String>>();
        Money other = null;
        if (order.getOrderItems() != null) {
            // In the order a page's table lists the lines, so the names read as the lines above them do.
            for (OrderItem item : AddOnLines.displayOrder(order)) {
                for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                    for (OrderItemPriceDetailAdjustment adjustment : detail.getOrderItemPriceDetailAdjustments()) {
                        if (adjustment.getValue() == null) {
                            continue;
                        }
                        Money amount = adjustment.getValue().multiply(detail.getQuantity());
                        Long offerId = adjustment.getOffer() == null ? null : adjustment.getOffer().getId();
                        if (offerId == null || !bundleNamesByOfferId.containsKey(offerId)) {
                            other = other == null ? amount : other.add(amount);
                            continue;
                        }
                        Money known = amounts.get(offerId);
                        amounts.put(offerId, known == null ? amount : known.add(amount));
                        if (!lineNames.containsKey(offerId)) {
                            lineNames.put(offerId, new LinkedHashSet<String>());
                        }
                        lineNames.get(offerId).add(item.getName());
                    }
                }
            }
        }
        List<CrossSellBundleSaving> savings = new ArrayList<CrossSellBundleSaving>();
        for (Map.Entry<Long, Money> entry : amounts.entrySet()) {
            savings.add(new CrossSellBundleSaving(bundleNamesByOfferId.get(entry.getKey()),
                    new ArrayList<String>(lineNames.get(entry.getKey())), entry.getValue()));
        }
        if (other != null && other.getAmount().signum() > 0) {
            savings.add(new CrossSellBundleSaving(null, Collections.<String>emptyList(), other));
        }
        return savings;
    }
}
