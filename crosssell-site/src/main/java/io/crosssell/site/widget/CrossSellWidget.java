package io.crosssell.site.widget;

import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.common.money.Money;

/**
 * What a placement's fragment renders: the anchor (the viewed product, for "frequently bought
 * together"), the recommended items, and the total of the anchor plus every addable item, which the
 * widget shows with all boxes checked.
 */
public final class CrossSellWidget {

    private final String placement;
    private final CrossSellItemView anchor;
    private final List<CrossSellItemView> items;
    private final Money total;
    private final String orderNumber;
    private final CrossSellBundleView bundle;
    private final String title;
    private final String unavailableName;

    public CrossSellWidget(String placement, CrossSellItemView anchor, List<CrossSellItemView> items, Money total) {
        this(placement, anchor, items, total, null, null, null, null);
    }

    private CrossSellWidget(String placement, CrossSellItemView anchor, List<CrossSellItemView> items, Money total,
            String orderNumber, CrossSellBundleView bundle, String title, String unavailableName) {
        this.unavailableName = unavailableName;
        this.placement = placement;
        this.anchor = anchor;
        this.items = Collections.unmodifiableList(items);
        this.total = total;
        this.orderNumber = orderNumber;
        this.bundle = bundle;
        this.title = title;
    }

    /** This widget for the confirmation of the given order: its add buttons name the order they follow up. */
    public CrossSellWidget forOrder(String number) {
        return new CrossSellWidget(placement, anchor, items, total, number, bundle, title, unavailableName);
    }

    /** This widget showing the bundle its set completes. */
    public CrossSellWidget withBundle(CrossSellBundleView completedBundle) {
        return new CrossSellWidget(placement, anchor, items, total, orderNumber, completedBundle, title, unavailableName);
    }

    /** This widget under another title (an experiment's variant, or a winner made the default); null: the usual one. */
    public CrossSellWidget titled(String otherTitle) {
        return new CrossSellWidget(placement, anchor, items, total, orderNumber, bundle, otherTitle, unavailableName);
    }

    /** This widget after a form add was refused because the named item is no longer available. */
    public CrossSellWidget afterUnavailable(String itemName) {
        return new CrossSellWidget(placement, anchor, items, total, orderNumber, bundle, title, itemName);
    }

    /** The item a refused add named as no longer available, or null. */
    public String getUnavailableName() {
        return unavailableName;
    }

    /** The title to show instead of the placement's message, or null. */
    public String getTitle() {
        return title;
    }

    /** The bundle discount the shown set earns when every item is checked, or null. */
    public CrossSellBundleView getBundle() {
        return bundle;
    }

    /** What the checked set costs as shown first (every item checked): the total less any bundle saving. */
    public Money getPayableTotal() {
        return total == null || bundle == null ? total : total.subtract(bundle.getSaving());
    }

    public static CrossSellWidget empty(String placement) {
        return new CrossSellWidget(placement, null, Collections.<CrossSellItemView>emptyList(), null);
    }

    /** fbt, upsell, cart, confirmation or personal: the widget's data-cs-placement. */
    public String getPlacement() {
        return placement;
    }

    public CrossSellItemView getAnchor() {
        return anchor;
    }

    public List<CrossSellItemView> getItems() {
        return items;
    }

    public Money getTotal() {
        return total;
    }

    /** The order a confirmation widget follows up, or null. */
    public String getOrderNumber() {
        return orderNumber;
    }

    /** Nothing to show: the fragment renders no element at all. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * How much more the item costs than the anchor (an upgrade's step up), or null when either has no price,
     * the currencies differ or the item costs no more.
     */
    public Money priceAbove(CrossSellItemView item) {
        Money base = anchor == null ? null : anchor.getPrice();
        Money price = item == null ? null : item.getPrice();
        if (base == null || price == null || !base.getCurrency().equals(price.getCurrency()) || !price.greaterThan(base)) {
            return null;
        }
        return price.subtract(base);
    }

    /** How many products the "add all" button adds when every box is checked. */
    public int getAddableCount() {
        int count = anchor != null && anchor.isPurchasable() && !anchor.isNeedsOptions() ? 1 : 0;
        for (CrossSellItemView item : items) {
            if (!item.isNeedsOptions()) {
                count++;
            }
        }
        return count;
    }
}
