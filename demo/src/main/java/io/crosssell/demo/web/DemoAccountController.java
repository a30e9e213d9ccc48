package io.crosssell.demo.web;

import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * {@code /account}: a signed-in customer's placed orders and "Recommended for you" (Spring Security lets only
 * signed-in customers in). Read-only.
 */
@Controller
public class DemoAccountController {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(value = "/account", method = RequestMethod.GET)
    public String account(Model model) {
        Customer customer = CustomerState.getCustomer();
        List<Order> orders = customer == null || !customer.isRegistered() ? Collections.<Order>emptyList()
                : orderService.findOrdersForCustomer(customer, OrderStatus.SUBMITTED);
        model.addAttribute("customer", customer);
        model.addAttribute("orders", orders);
        return "account/account";
    }
}
