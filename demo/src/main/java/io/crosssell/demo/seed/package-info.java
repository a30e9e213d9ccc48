/**
 * The demo shop's seed: catalog facts, the generated order history, the SQL import extractor and the
 * start-up check that the seed really arrived.
 */
package io.crosssell.demo.seed;
