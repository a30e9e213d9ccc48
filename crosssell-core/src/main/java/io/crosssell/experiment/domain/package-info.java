/**
 * Experiments and their variants (merchandiser data, interface + entity as Broadleaf's convention), and what
 * the storefront records of them: first exposures, orders of exposed visitors, and placement defaults a winner
 * can become.
 */
package io.crosssell.experiment.domain;
