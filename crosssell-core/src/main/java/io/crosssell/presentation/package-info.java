/** What the module's entities need to be shown in Broadleaf's admin forms. */
package io.crosssell.presentation;
