/**
 * Merchandiser-defined cross-sell rules: the persistent entity and its enumeration types.
 */
package io.crosssell.rule.domain;
