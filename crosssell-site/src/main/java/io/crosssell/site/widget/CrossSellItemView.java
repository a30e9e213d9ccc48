package io.crosssell.site.widget;

import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.common.money.Money;

/** One product as a widget shows it: all values come from the server's catalog. */
public final class CrossSellItemView {

    private final long productId;
    private final String name;
    private final String url;
    private final CrossSellImage image;
    private final Money price;
    private final Money retailPrice;
    private final boolean needsOptions;
    private final List<String> reasons;
    private final boolean purchasable;

    public CrossSellItemView(long productId, String name, String url, CrossSellImage image, Money price, Money retailPrice,
            boolean needsOptions, List<String> reasons) {
        this(productId, name, url, image, price, retailPrice, needsOptions, reasons, true);
    }

    private CrossSellItemView(long productId, String name, String url, CrossSellImage image, Money price, Money retailPrice,
            boolean needsOptions, List<String> reasons, boolean purchasable) {
        this.purchasable = purchasable;
        this.productId = productId;
        this.name = name;
        this.url = url;
        this.image = image;
        this.price = price;
        this.retailPrice = retailPrice;
        this.needsOptions = needsOptions;
        this.reasons = Collections.unmodifiableList(reasons);
    }

    /**
     * This item as it shows when it cannot be bought now (the viewed product out of stock): named, never
     * checked, not in the total.
     */
    public CrossSellItemView outOfStock() {
        return new CrossSellItemView(productId, name, url, image, price, retailPrice, needsOptions, reasons, false);
    }

    /** Whether a shopper can put it in the cart now; only the anchor can be shown when it is not. */
    public boolean isPurchasable() {
        return purchasable;
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

    /** The primary image, or null. */
    public CrossSellImage getImage() {
        return image;
    }

    /** The primary image's URL (full size), or null. */
    public String getImageUrl() {
        return image == null ? null : image.getUrl();
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
