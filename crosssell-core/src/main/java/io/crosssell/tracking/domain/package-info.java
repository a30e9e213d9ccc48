/** The stored tracking counters: one row per UTC day, placement and (anchor, item) pair. */
package io.crosssell.tracking.domain;
