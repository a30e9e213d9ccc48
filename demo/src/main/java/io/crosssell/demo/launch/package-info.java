/**
 * Starts the demo: an HSQLDB server, the Broadleaf storefront and admin console in embedded Jetty.
 */
package io.crosssell.demo.launch;
