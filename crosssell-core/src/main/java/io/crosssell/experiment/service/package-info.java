/**
 * Experiments with Broadleaf's persistence: saving with validation, starting (one running experiment per placement),
 * stopping, making a winner the placement's default, the storefront's cached view of what runs, the exposure and
 * order records, and the report read back for the admin.
 */
package io.crosssell.experiment.service;
