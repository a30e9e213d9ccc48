/**
 * Add-ons as persistent entities: what a merchandiser configures (kind, service SKU, price, eligibility).
 */
package io.crosssell.addon.domain;
