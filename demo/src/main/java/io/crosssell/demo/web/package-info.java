/**
 * The demo storefront's controllers: Broadleaf's catalog pages with a home page and navigation.
 */
package io.crosssell.demo.web;
