/**
 * Add-on lines in Broadleaf carts: attaching and detaching them through Broadleaf's cart workflows, and
 * the workflow activities that keep them in step with what they cover (removal, quantity, price).
 */
package io.crosssell.addon.service;
