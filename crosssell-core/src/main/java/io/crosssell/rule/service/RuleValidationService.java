package io.crosssell.rule.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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

import io.crosssell.csv.ImportBudget;
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

    public RuleValidator.Result check(CrossSellRule rule) {
        return checkAll(Collections.singletonList(inputOf(rule))).get(0);
    }

    /**
     * Checks rules about to be saved together (an import): each against the saved rules as they will be, i.e.
     * with these rules in place of the saved ones of the same id. Give unsaved rules distinct negative ids.
     */
    public List<RuleValidator.Result> checkAll(List<RuleValidator.Input> rules) {
        return checkAll(rules, ImportBudget.unlimited());
    }

    /** As {@link #checkAll(List)}, within a time budget. @throws ImportBudget.Exceeded when it is spent */
    public List<RuleValidator.Result> checkAll(final List<RuleValidator.Input> rules, final ImportBudget budget) {
        return reading.execute(new TransactionCallback<List<RuleValidator.Result>>() {
            @Override
            public List<RuleValidator.Result> doInTransaction(TransactionStatus status) {
                final List<RuleValidator.Input> after = new ArrayList<RuleValidator.Input>();
                Set<Long> replaced = new HashSet<Long>();
                for (RuleValidator.Input rule : rules) {
                    replaced.add(rule.id());
                    after.add(rule);
                }
                for (CrossSellRule saved : RuleValidationService.this.rules.readAll()) {
                    if (!replaced.contains(saved.getId())) {
                        after.add(inputOf(saved));
                    }
                }
                RuleValidator validator = new RuleValidator(new CatalogFacts(after), typeCodes());
                List<RuleValidator.Result> results = new ArrayList<RuleValidator.Result>();
                for (RuleValidator.Input rule : rules) {
                    budget.check();
                    results.add(validator.check(rule));
                }
                return results;
            }
        });
    }

    static Set<String> typeCodes() {
        Set<String> types = new LinkedHashSet<String>();
        for (CrossSellRuleType type : CrossSellRuleType.all()) {
            types.add(type.getType());
        }
        return types;
    }

    static RuleValidator.Input inputOf(CrossSellRule rule) {
        return RuleValidator.Input.named(rule.getName()).id(rule.getId())
                .type(rule.getRuleType() == null ? null : rule.getRuleType().getType())
                .source(idOf(rule.getSourceProduct()), idOf(rule.getSourceCategory()))
                .target(idOf(rule.getTargetProduct()), idOf(rule.getTargetCategory()))
                .priority(rule.getPriority()).position(rule.getPosition()).maxItems(rule.getMaxItems())
                .dates(rule.getActiveStartDate(), rule.getActiveEndDate()).message(rule.getPromotionMessage());
    }

    private static Long idOf(Product product) {
        return product == null ? null : product.getId();
    }

    private static Long idOf(Category category) {
        return category == null ? null : category.getId();
    }

    /** The catalog, read inside the validation's transaction, and the saved rules as they will be. */
    private final class CatalogFacts implements RuleValidator.Facts {
        private final List<RuleValidator.Input> saved;

        CatalogFacts(List<RuleValidator.Input> saved) {
            this.saved = saved;
        }

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
            return saved;
        }
    }
}
