/**
 * Storefront web endpoints of the cross-sell module.
 */
package io.crosssell.site.web;
