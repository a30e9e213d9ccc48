/** The cross-sell rules of a product, shown on Broadleaf's product edit screen. */
package io.crosssell.admin.product;
