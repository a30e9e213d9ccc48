package io.crosssell.site.widget;

import org.broadleafcommerce.common.money.Money;

/** A bundle discount Broadleaf applied to a cart or order: the bundle's name and the amount it took off. */
public final class CrossSellBundleSaving {

    private final String name;
    private final Money amount;

    public CrossSellBundleSaving(String name, Money amount) {
        this.name = name;
        this.amount = amount;
    }

    public String getName() {
        return name;
    }

    public Money getAmount() {
        return amount;
    }
}
