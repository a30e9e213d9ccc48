/**
 * Admin screens of the module beyond Broadleaf's generated entity screens: the recommendation preview.
 */
package io.crosssell.admin.web;
