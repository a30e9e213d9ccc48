/**
 * Storefront side of checkout add-ons: the {@code blc:crossselladdons} processor with its view model, and the
 * endpoints that add and remove add-on lines.
 */
package io.crosssell.site.addon;
