package io.crosssell.demo.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.cart.BroadleafCartController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.core.web.order.model.AddToCartItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.crosssell.addon.service.AddOnLines;
import io.crosssell.addon.service.AddOnService;
import io.crosssell.catalog.BroadleafCatalogAdapter;
import io.crosssell.security.SameSitePath;


/**
 * The demo's cart: Broadleaf's cart controller with the demo's template, plus a plain add (product page
 * button) and remove. Both take ids only and build the request themselves, so nothing a shopper posts
 * (prices, item attributes) reaches Broadleaf's request object.
 */
@Controller
public class DemoCartController extends BroadleafCartController {

    private static final Log LOG = LogFactory.getLog(DemoCartController.class);

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "csAddOnService")
    protected AddOnService addOns;

    @Override
    @RequestMapping(value = "/cart", method = RequestMethod.GET)
    public String cart(HttpServletRequest request, HttpServletResponse response, Model model) throws PricingException {
        Order cart = CartState.getCart();
        if (cart != null && !(cart instanceof NullOrderImpl)) {
            // Reprice on view (item prices and offers): a price or bundle that changed since the shopper's last
            // cart change shows here as it will be charged.
            CartState.setCart(orderService.save(cart, true, true));
        }
        return super.cart(request, response, model);
    }

    @RequestMapping(value = "/cart/add", method = RequestMethod.POST)
    public String addProduct(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "quantity", required = false) String quantity) {
        Long id = parseId(productId);
        Integer count = quantity == null ? Integer.valueOf(1) : parseQuantity(quantity);
        Product product = id == null ? null : catalogService.findProductById(id);
        // Add-ons (gift wrap, warranties) are attached to what they cover, never added as products of their own.
        if (product == null || !product.isActive() || count == null || product.getDefaultSku() == null
                || addOns.isServiceSku(product.getDefaultSku().getId())) {
            return "redirect:/cart?cartError=bad-request";
        }
        String productPage = SameSitePath.orElse(product.getUrl(), "/cart");
        if (!BroadleafCatalogAdapter.isSellable(product)) {
            return "redirect:" + productPage + "?cartError=out-of-stock";
        }
        AddToCartItem item = new AddToCartItem();
        item.setProductId(id);
        item.setQuantity(count);
        try {
            super.add(request, response, model, item);
            return getCartPageRedirect();
        } catch (Exception e) {
            LOG.info("Could not add product " + id + " to the cart: " + e);
            return "redirect:" + productPage + "?cartError=failed";
        }
    }

    @RequestMapping(value = "/cart/quantity", method = RequestMethod.POST)
    public String updateLine(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "orderItemId", required = false) String orderItemId,
            @RequestParam(value = "quantity", required = false) String quantity) {
        Long id = parseId(orderItemId);
        Integer count = quantity != null && quantity.matches("\\d{1,2}") ? Integer.valueOf(quantity) : null;
        Order cart = CartState.getCart();
        OrderItem line = id == null || cart == null || cart instanceof NullOrderImpl ? null : itemOf(cart, id);
        // Add-on lines follow what they cover; their quantity is not the shopper's to set.
        if (line == null || count == null || AddOnLines.isAddOnLine(line)) {
            return "redirect:/cart?cartError=bad-request";
        }
        AddToCartItem item = new AddToCartItem();
        item.setOrderItemId(id);
        item.setQuantity(count);
        try {
            super.updateQuantity(request, response, model, item);
        } catch (Exception e) {
            LOG.info("Could not change line " + id + " of cart " + cart.getId() + ": " + e);
            return "redirect:/cart?cartError=failed";
        }
        return getCartPageRedirect();
    }

    @RequestMapping(value = "/cart/remove", method = RequestMethod.POST)
    public String removeLine(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "orderItemId", required = false) String orderItemId) {
        Long id = parseId(orderItemId);
        Order cart = CartState.getCart();
        if (id == null || cart == null || cart instanceof NullOrderImpl || itemOf(cart, id) == null) {
            return "redirect:/cart?cartError=bad-request";
        }
        AddToCartItem item = new AddToCartItem();
        item.setOrderItemId(id);
        try {
            super.remove(request, response, model, item);
        } catch (Exception e) {
            LOG.info("Could not remove line " + id + " from cart " + cart.getId() + ": " + e);
            return "redirect:/cart?cartError=failed";
        }
        return getCartPageRedirect();
    }

    private static OrderItem itemOf(Order cart, Long orderItemId) {
        for (OrderItem item : cart.getOrderItems()) {
            if (orderItemId.equals(item.getId())) {
                return item;
            }
        }
        return null;
    }

    private static Long parseId(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static Integer parseQuantity(String value) {
        if (value == null || !value.matches("\\d{1,2}")) {
            return null;
        }
        int quantity = Integer.parseInt(value);
        return quantity >= 1 ? quantity : null;
    }
}
