/**
 * Storefront widget view models: what the "frequently bought together", cart and confirmation
 * fragments render, built from the engine's recommendations and Broadleaf's catalog.
 */
package io.crosssell.site.widget;
