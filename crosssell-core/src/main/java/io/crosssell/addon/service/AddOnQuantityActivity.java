package io.crosssell.addon.service;

import java.util.List;

import org.broadleafcommerce.core.order.domain.FulfillmentGroupItem;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.crosssell.addon.AddOnKind;
import io.crosssell.addon.domain.CrossSellAddOn;

/**
 * In Broadleaf's update-quantity workflow, after the line and its fulfillment entry changed: gives each
 * warranty on the line the line's new quantity (one warranty line per covered line, one unit per unit).
 */
public class AddOnQuantityActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    private final AddOnService addOns;
    private final FulfillmentGroupService fulfillmentGroups;

    public AddOnQuantityActivity(AddOnService addOns, FulfillmentGroupService fulfillmentGroups) {
        this.addOns = addOns;
        this.fulfillmentGroups = fulfillmentGroups;
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) {
        CartOperationRequest request = context.getSeedData();
        OrderItem line = request.getOrderItem();
        if (line == null || line.getChildOrderItems() == null) {
            return context;
        }
        for (OrderItem child : line.getChildOrderItems()) {
            CrossSellAddOn addOn = addOns.addOnOf(child);
            if (addOn == null || addOn.getKind() != AddOnKind.WARRANTY || child.getQuantity() == line.getQuantity()) {
                continue;
            }
            List<FulfillmentGroupItem> entries = fulfillmentGroups.getFulfillmentGroupItemsForOrderItem(request.getOrder(), child);
            if (entries.size() == 1) {
                entries.get(0).setQuantity(line.getQuantity());
                child.setQuantity(line.getQuantity());
            }
        }
        return context;
    }
}
