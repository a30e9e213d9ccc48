/**
 * The recommendation engine: sources propose candidates for an anchor product, the engine ranks them
 * in one list with reasons, filters what must never be shown and cuts to the placement's limit.
 * Plain Java: product ids and small value types, no platform classes.
 */
package io.crosssell.recommend;
