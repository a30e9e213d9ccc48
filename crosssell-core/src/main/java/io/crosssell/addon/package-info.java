/**
 * Checkout add-ons (gift wrap, extended warranty, express delivery) as plain Java: their kinds, how they
 * are priced, and what a gift message may hold. The Broadleaf side (entity, cart lines, workflow
 * activities) lives in the sub-packages.
 */
package io.crosssell.addon;
