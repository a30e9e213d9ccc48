package io.crosssell.admin.product;

import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.tracking.report.PerformanceReportService;
import io.crosssell.rule.domain.CrossSellRule;

/**
 * Adds a "Cross-sell" tab to Broadleaf's product edit screen listing the rules that start from or recommend the
 * product, each linking to its edit screen, plus links to add a rule and to preview what shoppers see. Shown
 * only to users who may open the rules section; it never breaks the product screen.
 */
public class ProductRulesFormExtension extends AbstractFormBuilderExtensionHandler {

    static final String FIELD_NAME = "crosssellRules";
    static final String FIELD_TYPE = "CROSSSELL_PRODUCT_RULES";
    static final String TAB = "Cross-sell";
    private static final Log LOG = LogFactory.getLog(ProductRulesFormExtension.class);

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @Resource(name = "blAdminNavigationService")
    protected AdminNavigationService navigation;

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier security;

    private final CrossSellRuleDao rules;
    private final TransactionTemplate reading;
    private PerformanceReportService performance;

    public ProductRulesFormExtension(CrossSellRuleDao rules, PlatformTransactionManager transactionManager) {
        this.rules = rules;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /** Where the tab's own figures (last 30 days) come from, or null for a tab without them. */
    public void setPerformance(PerformanceReportService performance) {
        this.performance = performance;
    }

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        if (!isProductForm(form) || form.getId() == null || form.findField(FIELD_NAME) != null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        try {
            Long productId = Long.valueOf(form.getId());
            if (!mayViewRules()) {
                return ExtensionResultStatusType.NOT_HANDLED;
            }
            Field field = new Field();
            field.setName(FIELD_NAME);
            field.setFriendlyName("Cross-sell rules of this product");
            field.setFieldType(FIELD_TYPE);
            field.setValue(String.valueOf(productId));
            field.getAttributes().put("rules", linksFor(productId));
            field.getAttributes().put("figures", figuresOf(productId));
            // Next to Broadleaf's Marketing tab (order 2000), where its own cross-sale lists are.
            form.addField(field, "Cross-sell rules", 1000, TAB, 2500);
            return ExtensionResultStatusType.HANDLED_CONTINUE;
        } catch (RuntimeException e) {
            // The product screen matters more than this tab.
            LOG.warn("Cross-sell tab left off the product screen: " + e, e);
            return ExtensionResultStatusType.NOT_HANDLED;
        }
    }

    /** The product's last 30 UTC days, or null when there are none to show (the tab still shows its rules). */
    private PerformanceReportService.ProductFigures figuresOf(long productId) {
        if (performance == null) {
            return null;
        }
        try {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return performance.productFigures(productId, today.minusDays(29), today);
        } catch (RuntimeException e) {
            LOG.warn("Cross-sell figures left off the product screen: " + e);
            return null;
        }
    }

    private static boolean isProductForm(EntityForm form) {
        String ceiling = form.getCeilingEntityClassname();
        if (ceiling == null) {
            return false;
        }
        try {
            return Product.class.isAssignableFrom(Class.forName(ceiling));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private boolean mayViewRules() {
        AdminUser user = security.getPersistentAdminUser();
        AdminSection section = navigation.findAdminSectionByURI("/crosssell-rules");
        return user != null && section != null && navigation.isUserAuthorizedToViewSection(user, section);
    }

    List<ProductRuleLink> linksFor(final Long productId) {
        return reading.execute(new TransactionCallback<List<ProductRuleLink>>() {
            @Override
            public List<ProductRuleLink> doInTransaction(TransactionStatus status) {
                List<ProductRuleLink> links = new ArrayList<ProductRuleLink>();
                for (CrossSellRule rule : rules.readRulesNamingProduct(productId)) {
                    boolean source = rule.getSourceProduct() != null && productId.equals(rule.getSourceProduct().getId());
                    String other = source ? describe(rule.getTargetProduct(), rule.getTargetCategory())
                            : describe(rule.getSourceProduct(), rule.getSourceCategory());
                    links.add(new ProductRuleLink(rule.getId(), rule.getName(), source ? "source" : "target", other,
                            rule.getRuleType() == null ? "" : rule.getRuleType().getFriendlyType(), rule.isActive()));
                }
                return links;
            }
        });
    }

    private static String describe(Product product, Category category) {
        if (product != null) {
            return product.getName();
        }
        return category == null ? "" : "any product of " + category.getName();
    }
}
