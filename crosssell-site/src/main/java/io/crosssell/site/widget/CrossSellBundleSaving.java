package io.crosssell.site.widget;

import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.common.money.Money;

/**
 * A bundle discount Broadleaf applied to a cart or order: the bundle's name, the lines it discounts and the amount it
 * took off; without a name, what other offers took off the items.
 */
public final class CrossSellBundleSaving {

    private final String name;
    private final List<String> itemNames;
    private final Money amount;

    public CrossSellBundleSaving(String name, List<String> itemNames, Money amount) {
        this.name = name;
        this.itemNames = Collections.unmodifiableList(itemNames);
        this.amount = amount;
    }

    /** The bundle's name, or null for the other item discounts. */
    public String getName() {
        return name;
    }

    public List<String> getItemNames() {
        return itemNames;
    }

    /** The names joined by " + ", as the widget's row of pictures joins them. */
    public String getItemNameList() {
        return joined(itemNames);
    }

    static String joined(List<String> names) {
        StringBuilder joined = new StringBuilder();
        for (String name : names) {
            joined.append(joined.length() == 0 ? "" : " + ").append(name);
        }
        return joined.toString();
    }

    public Money getAmount() {
        return amount;
    }
}
