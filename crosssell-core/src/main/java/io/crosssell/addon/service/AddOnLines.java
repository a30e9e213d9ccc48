package io.crosssell.addon.service;

import java.util.ArrayList;
import java.util.List;

import org.broadleafcommerce.core.order.domain.GiftWrapOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemAttribute;

/** Tells add-on lines from product lines: every add-on line carries the attribute {@link #ADDON}. */
public final class AddOnLines {

    /** Order item attribute naming the add-on a line is made of (its id). */
    public static final String ADDON = "crosssell.addon";
    /** Order item attribute naming the line a warranty covers (its id). */
    public static final String COVERS = "crosssell.covers";
    /** Order item attribute holding a gift wrap's message. */
    public static final String GIFT_MESSAGE = "crosssell.giftMessage";

    private AddOnLines() {
    }

    public static boolean isAddOnLine(OrderItem item) {
        return addOnIdOf(item) != null;
    }

    /** The add-on a line is made of, or null for a product line. */
    public static Long addOnIdOf(OrderItem item) {
        String value = attribute(item, ADDON);
        return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
    }

    public static String attribute(OrderItem item, String name) {
        if (item == null || item.getOrderItemAttributes() == null) {
            return null;
        }
        OrderItemAttribute attribute = item.getOrderItemAttributes().get(name);
        return attribute == null ? null : attribute.getValue();
    }

    /** The order's product lines: what shoppers bought, without add-ons. */
    public static List<OrderItem> productLines(Order order) {
        List<OrderItem> lines = new ArrayList<OrderItem>();
        if (order != null && order.getOrderItems() != null) {
            for (OrderItem item : order.getOrderItems()) {
                if (!isAddOnLine(item) && !(item instanceof GiftWrapOrderItem)) {
                    lines.add(item);
                }
            }
        }
        return lines;
    }

    /** The add-on lines of the order. */
    public static List<OrderItem> addOnLines(Order order) {
        List<OrderItem> lines = new ArrayList<OrderItem>();
        if (order != null && order.getOrderItems() != null) {
            for (OrderItem item : order.getOrderItems()) {
                if (isAddOnLine(item)) {
                    lines.add(item);
                }
            }
        }
        return lines;
    }
}
