package io.crosssell.demo.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.web.controller.checkout.BroadleafOrderConfirmationController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** Broadleaf's order confirmation page; someone else's (or an unknown) order number answers 404. */
@Controller
public class DemoConfirmationController extends BroadleafOrderConfirmationController {

    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String confirmation(@PathVariable("orderNumber") String orderNumber, Model model,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        String view = displayOrderConfirmationByOrderNumber(orderNumber, model, request, response);
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return view;
    }
}
