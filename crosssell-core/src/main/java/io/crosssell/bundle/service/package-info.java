/**
 * Saving bundles and keeping each one's Broadleaf offer in step, all or nothing; the Broadleaf adapters
 * the bundle rules need.
 */
package io.crosssell.bundle.service;
