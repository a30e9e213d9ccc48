/**
 * A/B experiments on placements: variants with traffic weights (a holdout shows no widget; others change the
 * number of items, the title or the strategy), deterministic sticky assignment by visitor, exposure logged at
 * the placement, and the variant carried on every tracked event and order. Plain Java here; entities and the
 * Broadleaf-facing service in {@code domain} and {@code service}, the statistics in {@code analysis}.
 */
package io.crosssell.experiment;
