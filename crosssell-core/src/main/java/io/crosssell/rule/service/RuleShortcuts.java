package io.crosssell.rule.service;

import java.util.List;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.domain.CrossSellRuleType;

/**
 * One-click rule changes the performance screen offers: a product → product rule for a strong mined pair, and
 * deactivating a rule that does not sell. Both go through the same validation as the rule form.
 */
public class RuleShortcuts {

    private final CrossSellRuleDao rules;
    private final CatalogService catalog;
    private final RuleValidationService validation;
    private final TransactionTemplate transaction;

    public RuleShortcuts(CrossSellRuleDao rules, CatalogService catalog, RuleValidationService validation,
            PlatformTransactionManager transactionManager) {
        this.rules = rules;
        this.catalog = catalog;
        this.validation = validation;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Creates an active "frequently bought together" rule source → target; its problems when it may not be saved. */
    public List<String> createProductRule(final long sourceProductId, final long targetProductId) {
        return transaction.execute(new TransactionCallback<List<String>>() {
            @Override
            public List<String> doInTransaction(TransactionStatus status) {
                Product source = catalog.findProductById(sourceProductId);
                Product target = catalog.findProductById(targetProductId);
                if (source == null || target == null) {
                    return java.util.Collections.singletonList("There is no such product.");
                }
                CrossSellRule rule = rules.create();
                rule.setName(truncate(source.getName() + " \u2192 " + target.getName(), 100));
                rule.setRuleType(CrossSellRuleType.FREQUENTLY_BOUGHT_TOGETHER);
                rule.setSourceProduct(source);
                rule.setTargetProduct(target);
                rule.setPriority(5);
                rule.setActive(true);
                List<String> problems = validation.check(rule).errors();
                if (problems.isEmpty()) {
                    rules.save(rule);
                }
                return problems;
            }
        });
    }

    /** Deactivates the rule (kept, so it can be switched on again); false when there is no such rule. */
    public boolean deactivate(final long ruleId) {
        return Boolean.TRUE.equals(transaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                CrossSellRule rule = rules.readById(ruleId);
                if (rule == null) {
                    return false;
                }
                rule.setActive(false);
                rules.save(rule);
                return true;
            }
        }));
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
