/**
 * The storefront's side of tracking: who the shopper is (visitor cookie, signed-in customer) and the click beacon
 * the widgets send when a shopper follows an item, leaving the product link itself untouched.
 */
package io.crosssell.site.tracking;
