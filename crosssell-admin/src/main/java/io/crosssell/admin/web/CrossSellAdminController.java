package io.crosssell.admin.web;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;

import io.crosssell.rule.domain.CrossSellRule;

/**
 * The module's own admin pages: Broadleaf guards its generated entity screens, not custom sections, so these
 * check the section's permission (to view) and the rules' maintain permission (to change) themselves.
 */
public abstract class CrossSellAdminController extends AdminAbstractController {

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtection;

    /**
     * The session's CSRF token, for the module's forms. File uploads carry it in the multipart body, where the
     * shop's {@code CsrfRefusalFilter} reads it (docs/Module-Installation.md § 6).
     */
    protected String csrfToken() {
        try {
            return exploitProtection.getCSRFToken();
        } catch (ServiceException e) {
            throw new IllegalStateException("No CSRF token for the session", e);
        }
    }

    /** Whether the signed-in user may open the section; answers 403 otherwise. */
    protected boolean mayView(String sectionKey, HttpServletResponse response) throws IOException {
        AdminSection section = adminNavigationService.findAdminSectionByURI("/" + sectionKey);
        AdminUser user = adminRemoteSecurityService.getPersistentAdminUser();
        if (section == null || user == null || !adminNavigationService.isUserAuthorizedToViewSection(user, section)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    /** Whether the signed-in user holds the maintain permission of cross-sell rules; answers 403 otherwise. */
    protected boolean mayChange(HttpServletResponse response) throws IOException {
        return mayChange(CrossSellRule.class, response);
    }

    /** Whether the signed-in user may change entities of this type; answers 403 otherwise. */
    protected boolean mayChange(Class<?> entityType, HttpServletResponse response) throws IOException {
        try {
            adminRemoteSecurityService.securityCheck(entityType.getName(), EntityOperationType.UPDATE);
            return true;
        } catch (ServiceException notAllowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
    }
}
