/**
 * Statistics of an A/B experiment on the cross-sell widget: per-variant estimates with confidence
 * intervals, each variant against the control, a sample-ratio-mismatch check and the planned sample size
 * of a fixed-horizon test. Plain Java over per-variant sums, so the database can aggregate the visitors.
 */
package io.crosssell.experiment.analysis;
