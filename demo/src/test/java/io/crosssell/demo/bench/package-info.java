/**
 * Measurement harnesses that need the running demo storefront (not tests: run them by hand, see
 * docs/benchmarks.md).
 */
package io.crosssell.demo.bench;
