/** Tracking's Broadleaf side: the database sink of the counters and the recorder's wiring. */
package io.crosssell.tracking.service;
