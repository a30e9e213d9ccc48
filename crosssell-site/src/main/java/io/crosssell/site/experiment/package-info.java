/**
 * The storefront's side of experiments that reach into pricing: a bundle discount variant's visitors are charged
 * the variant's discount, as its widget promised.
 */
package io.crosssell.site.experiment;
