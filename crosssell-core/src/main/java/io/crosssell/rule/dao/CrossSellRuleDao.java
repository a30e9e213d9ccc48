package io.crosssell.rule.dao;

import java.util.Date;
import java.util.List;

import io.crosssell.rule.domain.CrossSellRule;

/** Reads and writes merchandiser rules. */
public interface CrossSellRuleDao {

    /** A new, unsaved rule of the configured entity class. */
    CrossSellRule create();

    CrossSellRule save(CrossSellRule rule);

    CrossSellRule readById(Long id);

    /**
     * A value that changes whenever a rule is created, changed or deleted (count, last change, highest
     * id), read without any cache so another process's changes show.
     */
    String readChangeFingerprint();

    /** Every rule, straight from the database. */
    List<CrossSellRule> readAll();

    /** The rules with this product as their source or their target, by id. */
    List<CrossSellRule> readRulesNamingProduct(Long productId);

    /** Active rules whose date range contains the moment, highest priority first. */
    List<CrossSellRule> readRulesInEffect(Date moment);
}
