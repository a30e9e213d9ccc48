/**
 * The demo admin's own helpers for Broadleaf's screens: what a shop would add to its admin next to the plugin.
 */
package io.crosssell.demo.admin;
