/**
 * Rules as CSV for merchandisers' spreadsheets: the file format (parsing with row-numbered errors, writing),
 * in plain Java. Applying an import is {@code io.crosssell.rule.service.RuleImportService}.
 */
package io.crosssell.rule.csv;
