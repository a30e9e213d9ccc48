package io.crosssell.rule.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.engine.RuleDefinition;
import io.crosssell.rule.engine.RuleRepository;

/**
 * Adapts the rule entities to the engine's plain definitions, keeping them in memory until
 * {@link #refresh()}. Malformed rules (no source or no target) are logged and left out.
 */
public class EntityRuleRepository implements RuleRepository {

    private static final Log LOG = LogFactory.getLog(EntityRuleRepository.class);

    private final CrossSellRuleDao dao;
    private final TransactionTemplate readOnlyTransaction;
    private volatile List<RuleDefinition> rules;
    private volatile long loadedAt;

    public EntityRuleRepository(CrossSellRuleDao dao, PlatformTransactionManager transactionManager) {
        this.dao = dao;
        this.readOnlyTransaction = new TransactionTemplate(transactionManager);
        this.readOnlyTransaction.setReadOnly(true);
    }

    @Override
    public List<RuleDefinition> rulesInEffect() {
        List<RuleDefinition> current = rules;
        if (current == null) {
            current = load();
        }
        return current;
    }

    /** Forgets the loaded rules; the next call reads them again. */
    public void refresh() {
        rules = null;
    }

    /** When the rules in memory were read, to re-read once a rule's start or end date passes. */
    public long loadedAt() {
        return loadedAt;
    }

    private synchronized List<RuleDefinition> load() {
        if (rules != null) {
            return rules;
        }
        final Date now = new Date();
        // One transaction, so the rules' products and categories load on whichever thread asks.
        rules = readOnlyTransaction.execute(new TransactionCallback<List<RuleDefinition>>() {
            @Override
            public List<RuleDefinition> doInTransaction(TransactionStatus status) {
                return readDefinitions(now);
            }
        });
        loadedAt = now.getTime();
        return rules;
    }

    private List<RuleDefinition> readDefinitions(Date now) {
        List<RuleDefinition> definitions = new ArrayList<RuleDefinition>();
        for (CrossSellRule rule : dao.readRulesInEffect(now)) {
            try {
                definitions.add(toDefinition(rule));
            } catch (RuntimeException e) {
                LOG.warn("Cross-sell rule " + rule.getId() + " is left out: " + e.getMessage());
            }
        }
        return Collections.unmodifiableList(definitions);
    }

    static RuleDefinition toDefinition(CrossSellRule rule) {
        if (rule.getRuleType() == null) {
            throw new IllegalArgumentException("it has no known type");
        }
        RuleDefinition.Builder builder = RuleDefinition.builder(rule.getId(), rule.getRuleType().getType())
                .priority(rule.getPriority())
                .position(rule.getPosition())
                .maxItems(rule.getMaxItems())
                .repurchaseAllowed(rule.isRepurchaseAllowed());
        Product sourceProduct = rule.getSourceProduct();
        Category sourceCategory = rule.getSourceCategory();
        if (sourceProduct != null) {
            builder.sourceProduct(sourceProduct.getId(), sourceProduct.getName());
        } else if (sourceCategory != null) {
            builder.sourceCategory(sourceCategory.getId(), sourceCategory.getName());
        }
        Product targetProduct = rule.getTargetProduct();
        Category targetCategory = rule.getTargetCategory();
        if (targetProduct != null) {
            builder.targetProduct(targetProduct.getId(), targetProduct.getName());
        } else if (targetCategory != null) {
            builder.targetCategory(targetCategory.getId(), targetCategory.getName());
        }
        return builder.build();
    }
}
