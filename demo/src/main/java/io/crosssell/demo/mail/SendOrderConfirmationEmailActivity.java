package io.crosssell.demo.mail;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
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
    private final String storeUrl;

    /**
     * @param storeUrl the shop's public address for links in the mail (http or https). Links are never built
     *        from the request: its Host header is whatever the client sent.
     */
    public SendOrderConfirmationEmailActivity(EmailService emailService, EmailInfo emailInfo, String storeUrl) {
        String url = storeUrl == null ? "" : storeUrl.trim();
        if (!url.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalArgumentException("demo.store.url must be the shop's http(s) address, not \"" + url + "\"");
        }
        this.emailService = emailService;
        this.emailInfo = emailInfo;
        this.storeUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
            props.put("storeUrl", storeUrl);
            emailService.sendTemplateEmail(order.getEmailAddress(), emailInfo, props);
        } catch (RuntimeException e) {
            LOG.warn("Order " + order.getOrderNumber() + " was placed but its confirmation e-mail was not sent: " + e, e);
        }
        return context;
    }
}
