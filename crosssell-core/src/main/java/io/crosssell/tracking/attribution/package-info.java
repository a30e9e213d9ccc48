/**
 * Which widget sold an order line: the add it came from, else the last click on it, else (labelled view-through)
 * the last time it was shown, all by the same shopper within the attribution window. Plain Java; the checkout
 * hook that feeds it sits in {@code tracking.service}.
 */
package io.crosssell.tracking.attribution;
