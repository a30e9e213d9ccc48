package io.crosssell.tracking.service;

import java.util.Iterator;
import java.util.Map;

import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.crosssell.addon.service.AddOnServiceImpl;
import io.crosssell.tracking.attribution.WidgetAdds;

/**
 * Early in Broadleaf's add-item workflow: removes {@code crosssell.*} item attributes from any add that is not the
 * module's own (widget adds, the add-on service), so a posted {@code itemAttributes[crosssell.placement]} cannot forge an attribution (nor
 * {@code crosssell.addon} make a product line pass for an add-on).
 */
public class GuardCrossSellAttributesActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) {
        OrderItemRequestDTO item = context.getSeedData().getItemRequest();
        Map<String, String> attributes = item == null ? null : item.getItemAttributes();
        if (attributes == null || WidgetAdds.isWidgetAdd() || AddOnServiceImpl.isAdding()) {
            return context;
        }
        for (Iterator<String> names = attributes.keySet().iterator(); names.hasNext();) {
            String name = names.next();
            if (name != null && name.startsWith(WidgetAdds.PREFIX)) {
                names.remove();
            }
        }
        return context;
    }
}
