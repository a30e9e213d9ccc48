package io.crosssell.rule.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.domain.CrossSellRuleType;
import io.crosssell.rule.engine.RuleValidator;

/** Checks a rule entity against Broadleaf's catalog and the saved rules, before it is saved. */
public class RuleValidationService {

    private final CrossSellRuleDao rules;
    private final CatalogService catalog;
    private final TransactionTemplate reading;

    public RuleValidationService(CrossSellRuleDao rules, CatalogService catalog, PlatformTransactionManager transactionManager) {
        this.rules = rules;
        this.catalog = catalog;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    public RuleValidator.Result check(final CrossSellRule rule) {
        return reading.execute(new TransactionCallback<RuleValidator.Result>() {
            @Override
            public RuleValidator.Result doInTransaction(TransactionStatus status) {
                Set<String> types = new LinkedHashSet<String>();
                for (CrossSellRuleType type : CrossSellRuleType.all()) {
                    types.add(type.getType());
                }
                return new RuleValidator(new CatalogFacts(), types).check(inputOf(rule));
            }
        });
    }

    static RuleValidator.Input inputOf(CrossSellRule rule) {
        return RuleValidator.Input.named(rule.getName()).id(rule.getId())
                .type(rule.getRuleType() == null ? null : rule.getRuleType().getType())
                .source(idOf(rule.getSourceProduct()), idOf(rule.getSourceCategory()))
                .target(idOf(rule.getTargetProduct()), idOf(rule.getTargetCategory()))
                .priority(rule.getPriority()).position(rule.getPosition()).maxItems(rule.getMaxItems())
                .dates(rule.getActiveStartDate(), rule.getActiveEndDate());
    }

    private static Long idOf(Product product) {
        return product == null ? null : product.getId();
    }

    private static Long idOf(Category category) {
        return category == null ? null : category.getId();
    }

    /** The catalog and saved rules, read inside the validation's transaction. */
    private final class CatalogFacts implements RuleValidator.Facts {
        @Override
        public String productName(long productId) {
            Product product = catalog.findProductById(productId);
            return product == null ? null : product.getName();
        }

        @Override
        public boolean isProductActive(long productId) {
            Product product = catalog.findProductById(productId);
            return product != null && product.isActive();
        }

        @Override
        public String categoryName(long categoryId) {
            Category category = catalog.findCategoryById(categoryId);
            return category == null ? null : category.getName();
        }

        @Override
        public Long parentCategoryOf(long categoryId) {
            Category category = catalog.findCategoryById(categoryId);
            Category parent = category == null ? null : category.getDefaultParentCategory();
            return parent == null ? null : parent.getId();
        }

        @Override
        public List<RuleValidator.Input> savedRules() {
            List<RuleValidator.Input> saved = new ArrayList<RuleValidator.Input>();
            for (CrossSellRule rule : rules.readAll()) {
                saved.add(inputOf(rule));
            }
            return saved;
        }
    }
}
