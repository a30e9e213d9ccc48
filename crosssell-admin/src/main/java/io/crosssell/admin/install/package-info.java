/**
 * The module's admin menu, sections and permissions, installed by the admin itself at start-up: whichever app of a
 * shop runs Hibernate's imports, and as often as the admin restarts.
 */
package io.crosssell.admin.install;
