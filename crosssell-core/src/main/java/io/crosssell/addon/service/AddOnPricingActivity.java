package io.crosssell.addon.service;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.crosssell.addon.AddOnKind;
import io.crosssell.addon.domain.CrossSellAddOn;

/**
 * In Broadleaf's pricing workflow, before offers: reprices every add-on line from its add-on's rules, so a
 * warranty follows its item's price and express delivery the order's total. Add-on lines are priced
 * with {@code setPrice}, which also keeps promotions off them.
 */
public class AddOnPricingActivity extends BaseActivity<ProcessContext<Order>> {

    private final AddOnService addOns;

    public AddOnPricingActivity(AddOnService addOns) {
        this.addOns = addOns;
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) {
        Order order = context.getSeedData();
        for (OrderItem line : AddOnLines.addOnLines(order)) {
            CrossSellAddOn addOn = addOns.addOnOf(line);
            if (addOn == null) {
                continue;
            }
            OrderItem covered = addOn.getKind() == AddOnKind.WARRANTY ? line.getParentOrderItem() : null;
            if (addOn.getKind() == AddOnKind.WARRANTY && covered == null) {
                continue;
            }
            Money price = addOns.priceFor(addOn, order, covered);
            if (!line.isSalePriceOverride() || line.getSalePrice() == null || !line.getSalePrice().equals(price)
                    || !line.getRetailPrice().equals(price)) {
                line.setPrice(price);
            }
        }
        return context;
    }
}
