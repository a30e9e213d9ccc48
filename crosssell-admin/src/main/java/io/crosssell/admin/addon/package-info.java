/** Admin saves of checkout add-ons, validated by {@code AddOnService} before anything is written. */
package io.crosssell.admin.addon;
