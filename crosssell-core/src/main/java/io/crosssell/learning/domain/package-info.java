/**
 * Persistent co-purchase statistics: pair and item counts, the ledger of counted orders and the
 * state row with its version stamp.
 */
package io.crosssell.learning.domain;
