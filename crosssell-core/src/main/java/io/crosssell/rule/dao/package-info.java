/**
 * Persistence access to cross-sell rules on Broadleaf's main persistence unit.
 */
package io.crosssell.rule.dao;
