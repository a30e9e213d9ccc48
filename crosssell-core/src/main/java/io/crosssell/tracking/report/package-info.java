/**
 * What the merchandiser sees of tracking: per placement the funnel impressions → clicks → adds → orders → revenue,
 * daily series, pairs, rules, bundles and add-ons, descriptive AOV, the storefronts' drops, and suggestions to act on.
 */
package io.crosssell.tracking.report;
