/**
 * What the widgets earn, counted: impressions, clicks and adds per day, placement and (anchor, item) pair,
 * recorded off the request thread through a bounded queue and written in batches, so tracking never fails or
 * slows a page. Plain Java; the database sink and the storefront hooks sit at the edges.
 */
package io.crosssell.tracking;
