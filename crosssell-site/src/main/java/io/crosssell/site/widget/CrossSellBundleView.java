package io.crosssell.site.widget;

import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.common.money.Money;

/** A bundle the widget's shown set completes: its name, its products, what the set costs with the discount. */
public final class CrossSellBundleView {

    private final String name;
    private final List<Long> productIds;
    private final Money saving;
    private final Money bundlePrice;

    public CrossSellBundleView(String name, List<Long> productIds, Money saving, Money bundlePrice) {
        this.name = name;
        this.productIds = Collections.unmodifiableList(productIds);
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

    public Money getSaving() {
        return saving;
    }

    public Money getBundlePrice() {
        return bundlePrice;
    }
}
