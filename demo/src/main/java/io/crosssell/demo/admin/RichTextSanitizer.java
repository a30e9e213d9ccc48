package io.crosssell.demo.admin;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionServiceImpl;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes a stored rich-text value (a product description) safe for the admin's HTML editor, which renders it in the
 * admin's own page: Broadleaf's AntiSamy policy removes scripts, event handlers and javascript: links. Broadleaf's
 * blExploitProtectionService has XSS cleaning switched off in the admin, hence an instance of its own. A value the
 * policy cannot parse is shown as text (escaped), never as markup.
 */
public class RichTextSanitizer {

    private static final Log LOG = LogFactory.getLog(RichTextSanitizer.class);

    private final ExploitProtectionServiceImpl antiSamy = new ExploitProtectionServiceImpl();

    public RichTextSanitizer() {
        antiSamy.setXssProtectionEnabled(true);
    }

    /** The HTML the editor may render. */
    public String forEditor(String html) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        try {
            return antiSamy.cleanString(html);
        } catch (ServiceException | RuntimeException unparsable) {
            LOG.info("A rich-text value could not be cleaned and is shown as text: " + unparsable);
            return HtmlUtils.htmlEscape(html);
        }
    }
}
