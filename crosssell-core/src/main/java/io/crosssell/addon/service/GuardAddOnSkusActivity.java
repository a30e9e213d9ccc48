package io.crosssell.addon.service;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * First in Broadleaf's add-item workflow: a service SKU (gift wrap, warranty, express delivery) enters a cart
 * only through the add-on service, which prices it and ties it to what it covers. Posting its product id
 * to any add-to-cart endpoint is refused.
 */
public class GuardAddOnSkusActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    private final AddOnService addOns;
    private final CatalogService catalog;

    public GuardAddOnSkusActivity(AddOnService addOns, CatalogService catalog) {
        this.addOns = addOns;
        this.catalog = catalog;
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) {
        if (AddOnServiceImpl.isAdding()) {
            return context;
        }
        OrderItemRequestDTO item = context.getSeedData().getItemRequest();
        Long skuId = item.getSkuId();
        if (skuId == null && item.getProductId() != null) {
            Product product = catalog.findProductById(item.getProductId());
            skuId = product == null || product.getDefaultSku() == null ? null : product.getDefaultSku().getId();
        }
        if (addOns.isServiceSku(skuId) || addOns.isServiceSku(item.getSkuId())) {
            throw new IllegalArgumentException("Add-on SKU " + skuId + " can only be added through the add-on service");
        }
        return context;
    }
}
