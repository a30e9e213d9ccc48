/**
 * Learning from Broadleaf's orders: reading submitted orders, storing co-purchase statistics with
 * idempotent incremental updates, and the mined and best-seller recommendation sources.
 */
package io.crosssell.learning;
