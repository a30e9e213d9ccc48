/** CSV files merchandisers exchange with the admin (rules, bundles): parsing with row-numbered problems, writing. */
package io.crosssell.csv;
