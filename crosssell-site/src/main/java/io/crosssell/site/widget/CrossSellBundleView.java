package io.crosssell.site.widget;

import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.common.money.Money;

/**
 * A bundle the widget's shown set completes: its name, its products and their names (so the widget can say which
 * items make the saving, and which one to tick again), what the set costs with the discount.
 */
public final class CrossSellBundleView {

    private final String name;
    private final List<Long> productIds;
    private final List<String> itemNames;
    private final Money saving;
    private final Money bundlePrice;

    public CrossSellBundleView(String name, List<Long> productIds, List<String> itemNames, Money saving, Money bundlePrice) {
        this.name = name;
        this.productIds = Collections.unmodifiableList(productIds);
        this.itemNames = Collections.unmodifiableList(itemNames);
        this.saving = saving;
        this.bundlePrice = bundlePrice;
    }

    public String getName() {
        return name;
    }

    public List<Long> getProductIds() {
        return productIds;
    }

    /** The ids separated by spaces, for the widget's script. */
    public String getProductIdList() {
        StringBuilder list = new StringBuilder();
        for (Long id : productIds) {
            list.append(list.length() == 0 ? "" : " ").append(id);
        }
        return list.toString();
    }

    /** The names of the bundle's products, in the order of {@link #getProductIds()}. */
    public List<String> getItemNames() {
        return itemNames;
    }

    /** The names joined by " + ", as the row of pictures joins them. */
    public String getItemNameList() {
        return CrossSellBundleSaving.joined(itemNames);
    }

    public Money getSaving() {
        return saving;
    }

    public Money getBundlePrice() {
        return bundlePrice;
    }
}
