/**
 * The admin's "Cross-sell Experiments" section: set up an experiment (variants, weights, what each changes), start
 * and stop it, read its report with intervals and checks, and make the winner the placement's default.
 */
package io.crosssell.admin.experiment;
