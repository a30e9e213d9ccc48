/**
 * Admin saves of bundles and their items, routed through {@code BundleService} so every change is validated
 * and the bundle's Broadleaf offer is kept in step in the same transaction.
 */
package io.crosssell.admin.bundle;
