/**
 * Request guards the storefront and the admin both install: CSRF refusals answered with 403, security
 * headers, malformed or oversized requests answered with 4xx, and same-site redirect targets.
 */
package io.crosssell.security;
