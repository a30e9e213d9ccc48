/**
 * Admin side of merchandiser rules: validation on Broadleaf's admin save path.
 */
package io.crosssell.admin.rule;
