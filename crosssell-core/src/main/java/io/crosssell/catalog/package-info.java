/**
 * Broadleaf catalog adapters: what the engine needs to know about products and categories, and
 * Broadleaf's own cross-sale links as a recommendation source.
 */
package io.crosssell.catalog;
