package io.crosssell.demo.mail;

import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Last step of the demo's checkout: sends the order confirmation e-mail through Broadleaf's e-mail
 * service. A mail failure is logged and never fails the order.
 */
public class SendOrderConfirmationEmailActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(SendOrderConfirmationEmailActivity.class);

    private final EmailService emailService;
    private final EmailInfo emailInfo;
    private final String configuredStoreUrl;

    /** @param storeUrl the shop's public address for links in the mail; blank: the address of the checkout request */
    public SendOrderConfirmationEmailActivity(EmailService emailService, EmailInfo emailInfo, String storeUrl) {
        this.emailService = emailService;
        this.emailInfo = emailInfo;
        this.configuredStoreUrl = storeUrl == null ? "" : storeUrl.trim();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
        Order order = context.getSeedData().getOrder();
        if (order == null || order.getEmailAddress() == null) {
            return context;
        }
        try {
            Map<String, Object> props = new HashMap<String, Object>();
            props.put("order", order);
            props.put("storeUrl", storeUrl());
            emailService.sendTemplateEmail(order.getEmailAddress(), emailInfo, props);
        } catch (RuntimeException e) {
            LOG.warn("Order " + order.getOrderNumber() + " was placed but its confirmation e-mail was not sent: " + e, e);
        }
        return context;
    }

    private String storeUrl() {
        if (!configuredStoreUrl.isEmpty()) {
            return configuredStoreUrl.endsWith("/")
                    ? configuredStoreUrl.substring(0, configuredStoreUrl.length() - 1) : configuredStoreUrl;
        }
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        if (request == null) {
            return "";
        }
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }
}
