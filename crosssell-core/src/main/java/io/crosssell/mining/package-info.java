/**
 * Co-purchase statistics ("frequently bought together") mined from order baskets: pair and item counts,
 * support, confidence and lift, as a full rebuild or folded in incrementally. Plain Java on plain ids.
 */
package io.crosssell.mining;
