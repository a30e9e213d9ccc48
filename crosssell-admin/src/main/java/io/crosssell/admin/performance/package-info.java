/**
 * The admin's "Cross-sell performance" section: the funnel per placement with daily charts, pairs, rules, bundles
 * and add-ons, CSV exports of each table, the storefronts' dropped events, and one-click suggestions.
 */
package io.crosssell.admin.performance;
