package io.crosssell.addon.service;

import java.util.ArrayList;
import java.util.List;

import org.broadleafcommerce.core.order.domain.FulfillmentGroupItem;
import org.broadleafcommerce.core.order.domain.GiftWrapOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * In Broadleaf's remove-item workflow, before the line is deleted: takes the add-ons that belong to it along.
 * Broadleaf deletes a line's child lines (warranties) but not their fulfillment entries; a gift wrap is
 * removed with the last line it wraps; when no product line is left, order add-ons (express delivery) go too.
 */
public class AddOnRemovalActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    private final FulfillmentGroupService fulfillmentGroups;

    public AddOnRemovalActivity(FulfillmentGroupService fulfillmentGroups) {
        this.fulfillmentGroups = fulfillmentGroups;
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) {
        CartOperationRequest request = context.getSeedData();
        Order order = request.getOrder();
        OrderItem removed = request.getOrderItem();
        if (removed == null) {
            return context;
        }
        List<OrderItem> going = new ArrayList<OrderItem>();
        collectWithChildren(removed, going);
        for (OrderItem item : going) {
            if (item != removed) {
                deleteFulfillment(request, order, item);
            }
            if (item instanceof GiftWrapOrderItem) {
                for (OrderItem wrapped : ((GiftWrapOrderItem) item).getWrappedItems()) {
                    wrapped.setGiftWrapOrderItem(null);
                }
                ((GiftWrapOrderItem) item).getWrappedItems().clear();
            }
            GiftWrapOrderItem wrap = item.getGiftWrapOrderItem();
            if (wrap != null) {
                wrap.getWrappedItems().remove(item);
                item.setGiftWrapOrderItem(null);
                if (wrap.getWrappedItems().isEmpty()) {
                    removeAlso(request, order, wrap);
                }
            }
        }
        List<OrderItem> remainingProducts = AddOnLines.productLines(order);
        remainingProducts.removeAll(going);
        remainingProducts.removeAll(request.getOisToDelete());
        if (remainingProducts.isEmpty()) {
            for (OrderItem line : AddOnLines.addOnLines(order)) {
                if (!going.contains(line) && line.getParentOrderItem() == null) {
                    removeAlso(request, order, line);
                }
            }
        }
        return context;
    }

    private void removeAlso(CartOperationRequest request, Order order, OrderItem line) {
        if (!request.getOisToDelete().contains(line)) {
            if (line instanceof GiftWrapOrderItem) {
                for (OrderItem wrapped : ((GiftWrapOrderItem) line).getWrappedItems()) {
                    wrapped.setGiftWrapOrderItem(null);
                }
                ((GiftWrapOrderItem) line).getWrappedItems().clear();
            }
            request.getOisToDelete().add(line);
            deleteFulfillment(request, order, line);
        }
    }

    private void deleteFulfillment(CartOperationRequest request, Order order, OrderItem item) {
        for (FulfillmentGroupItem entry : fulfillmentGroups.getFulfillmentGroupItemsForOrderItem(order, item)) {
            if (!request.getFgisToDelete().contains(entry)) {
                request.getFgisToDelete().add(entry);
            }
        }
    }

    private static void collectWithChildren(OrderItem item, List<OrderItem> into) {
        into.add(item);
        if (item.getChildOrderItems() != null) {
            for (OrderItem child : item.getChildOrderItems()) {
                collectWithChildren(child, into);
            }
        }
    }
}
