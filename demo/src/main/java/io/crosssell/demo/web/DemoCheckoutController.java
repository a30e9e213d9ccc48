package io.crosssell.demo.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.checkout.model.OrderInfoForm;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutController;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demo's one-page checkout: an e-mail address and "pay on delivery", placed through Broadleaf's
 * pass-through payment and its checkout workflow (the same path a shop's cash-on-delivery uses), so
 * the order is a real submitted Broadleaf order. A shop keeps its own checkout; the plugin only needs
 * the confirmation page.
 */
@Controller
public class DemoCheckoutController extends BroadleafCheckoutController {

    private static final Log LOG = LogFactory.getLog(DemoCheckoutController.class);

    @RequestMapping(value = "/checkout", method = RequestMethod.GET)
    public String checkoutPage(Model model, @ModelAttribute("orderInfoForm") OrderInfoForm orderInfoForm)
            throws PricingException {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return getCartPageRedirect();
        }
        // The total shown here is the one the order is placed at: current item prices and offers.
        cart = orderService.save(cart, true, true);
        CartState.setCart(cart);
        if (orderInfoForm.getEmailAddress() == null) {
            orderInfoForm.setEmailAddress(cart.getEmailAddress());
        }
        return getCheckoutView();
    }

    static final int MAX_EMAIL_LENGTH = 254;

    @RequestMapping(value = "/checkout", method = RequestMethod.POST)
    public String placeOrder(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("orderInfoForm") OrderInfoForm orderInfoForm, BindingResult result,
            RedirectAttributes redirectAttributes) {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return getCartPageRedirect();
        }
        if (orderInfoForm.getEmailAddress() != null) {
            orderInfoForm.setEmailAddress(orderInfoForm.getEmailAddress().trim());
        }
        String email = orderInfoForm.getEmailAddress();
        if (email != null && email.length() > MAX_EMAIL_LENGTH) {
            // Longer than an address may be (RFC 5321) and than the order's column holds: say so, save nothing.
            result.rejectValue("emailAddress", "emailAddress.tooLong");
            model.addAttribute("emailTooLong", Boolean.TRUE);
            return getCheckoutView();
        }
        orderInfoFormValidator.validate(orderInfoForm, result);
        if (result.hasErrors()) {
            return getCheckoutView();
        }
        try {
            cart.setEmailAddress(orderInfoForm.getEmailAddress());
            CartState.setCart(orderService.save(cart, false));
            return processPassthroughCheckout(redirectAttributes, PaymentType.COD);
        } catch (Exception e) {
            // The workflow rolled the order back to a cart; the shopper can try again.
            LOG.warn("Checkout of order " + cart.getId() + " failed: " + e, e);
            redirectAttributes.addAttribute("checkoutError", "failed");
            return getCheckoutPageRedirect();
        }
    }

    private static boolean isEmpty(Order cart) {
        return cart == null || cart instanceof NullOrderImpl || cart.getItemCount() == 0;
    }
}
