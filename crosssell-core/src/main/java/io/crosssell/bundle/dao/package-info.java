/**
 * Reading and writing bundle entities.
 */
package io.crosssell.bundle.dao;
