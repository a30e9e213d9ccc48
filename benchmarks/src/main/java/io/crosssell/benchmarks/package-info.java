/**
 * JMH benchmarks of the cross-sell engine on real basket data: mining against Smile and a bare pair-count
 * floor, incremental folding, and serving; and an offline evaluation of the ranking's relevance against simple
 * baselines. See docs/benchmarks.md for the commands and the figures.
 */
package io.crosssell.benchmarks;
