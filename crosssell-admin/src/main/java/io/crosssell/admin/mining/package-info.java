/**
 * Rebuilding co-purchase statistics from the admin console, in the background, with visible progress.
 */
package io.crosssell.admin.mining;
