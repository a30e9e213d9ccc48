/**
 * The co-purchase rebuild as an Apache Spark job: order lines in, the plugin's statistics tables (or Parquet) out,
 * counted exactly as the in-process miner counts them (docs/Spark.md).
 */
package io.crosssell.spark;
