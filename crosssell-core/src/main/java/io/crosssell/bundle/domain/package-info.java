/**
 * Bundles as persistent entities, each linked to the Broadleaf offer that prices it.
 */
package io.crosssell.bundle.domain;
