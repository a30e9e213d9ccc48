/**
 * Merchandiser rules as plain values and the recommendation source that applies them; free of
 * platform types (the entity adapter lives in the rule service package).
 */
package io.crosssell.rule.engine;
