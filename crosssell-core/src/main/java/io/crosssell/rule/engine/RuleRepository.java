package io.crosssell.rule.engine;

import java.util.List;

/** The merchandiser rules in effect now, as plain definitions. */
public interface RuleRepository {

    List<RuleDefinition> rulesInEffect();
}
