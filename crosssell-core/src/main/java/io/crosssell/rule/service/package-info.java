/**
 * Adapters between the rule entities and the rule engine.
 */
package io.crosssell.rule.service;
