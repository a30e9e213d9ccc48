package io.crosssell.addon.service;

import java.util.List;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;

import io.crosssell.addon.AddOnException;
import io.crosssell.addon.domain.CrossSellAddOn;

/**
 * Adds and removes add-on lines in a shopper's cart through Broadleaf's cart workflows. Every price is
 * worked out here; a refused request throws {@link AddOnException} and leaves the cart unchanged.
 */
public interface AddOnService {

    /** The active add-ons, in display order. */
    List<CrossSellAddOn> activeAddOns();

    CrossSellAddOn readById(Long addOnId);

    /** Whether the add-on may cover this product line (warranty, gift wrap). */
    boolean isEligible(CrossSellAddOn addOn, OrderItem line);

    /**
     * The unit price of the add-on in this order: for a warranty from the covered line's unit price, for
     * express delivery from the order's merchandise total, for gift wrap per wrap.
     */
    Money priceFor(CrossSellAddOn addOn, Order order, OrderItem covered);

    /**
     * Attaches an add-on: a warranty to one product line, a gift wrap to one or more product lines (with an
     * optional message), express delivery to the order (no lines).
     */
    Order attach(Order cart, Long addOnId, List<Long> orderItemIds, String message);

    /**
     * The add-on a line is made of, or null for a product line. A line counts only if it carries the add-on's
     * own service SKU, so an attribute posted with a product cannot pass it off as an add-on.
     */
    CrossSellAddOn addOnOf(OrderItem line);

    /** Whether the SKU is an add-on's service SKU (such SKUs enter carts only through this service). */
    boolean isServiceSku(Long skuId);

    /**
     * Saves a merchandiser's changes to an add-on, validated first (nothing is saved when a setting is wrong).
     * Carts pick up a new price the next time they are priced.
     *
     * @throws AddOnException with code "invalid" and every problem in its message
     */
    CrossSellAddOn save(CrossSellAddOn addOn);

    /** Removes an add-on line from the cart. */
    Order detach(Order cart, Long orderItemId);
}
