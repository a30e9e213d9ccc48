package io.crosssell.site.widget;

import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.common.money.Money;

/** One product as a widget shows it: all values come from the server's catalog. */
public final class CrossSellItemView {

    private final long productId;
    private final String name;
    private final String url;
    private final String imageUrl;
    private final Money price;
    private final Money retailPrice;
    private final boolean needsOptions;
    private final List<String> reasons;

    public CrossSellItemView(long productId, String name, String url, String imageUrl, Money price, Money retailPrice,
            boolean needsOptions, List<String> reasons) {
        this.productId = productId;
        this.name = name;
        this.url = url;
        this.imageUrl = imageUrl;
        this.price = price;
        this.retailPrice = retailPrice;
        this.needsOptions = needsOptions;
        this.reasons = Collections.unmodifiableList(reasons);
    }

    public long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    /** The primary image's URL, or null. */
    public String getImageUrl() {
        return imageUrl;
    }

    public Money getPrice() {
        return price;
    }

    /** The price before a sale, or null when not on sale. */
    public Money getRetailPrice() {
        return retailPrice;
    }

    /** True when the product needs an option choice (size, colour): the widget links instead of adding. */
    public boolean isNeedsOptions() {
        return needsOptions;
    }

    public List<String> getReasons() {
        return reasons;
    }
}
