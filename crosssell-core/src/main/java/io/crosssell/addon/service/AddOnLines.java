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

    /**
     * How many products the order holds (quantities added up), without warranty, wrap or delivery lines: the count a
     * shop's header shows, which Broadleaf's {@code Order.getItemCount()} would inflate with add-ons.
     */
    public static int productCount(Order order) {
        int count = 0;
        for (OrderItem line : productLines(order)) {
            count += line.getQuantity();
        }
        return count;
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

    /**
     * The order's lines for display: each product line (in id order) followed by the lines that belong to it
     * (its warranties, and a gift wrap after the last line it wraps), then the order's own add-ons.
     */
    public static List<OrderItem> displayOrder(Order order) {
        List<OrderItem> display = new ArrayList<OrderItem>();
        if (order == null || order.getOrderItems() == null) {
            return display;
        }
        List<OrderItem> products = productLines(order);
        java.util.Collections.sort(products, new java.util.Comparator<OrderItem>() {
            @Override
            public int compare(OrderItem a, OrderItem b) {
                return a.getId() == null || b.getId() == null ? 0 : a.getId().compareTo(b.getId());
            }
        });
        for (int i = 0; i < products.size(); i++) {
            OrderItem line = products.get(i);
            display.add(line);
            if (line.getChildOrderItems() != null) {
                for (OrderItem child : line.getChildOrderItems()) {
                    if (!display.contains(child)) {
                        display.add(child);
                    }
                }
            }
            GiftWrapOrderItem wrap = line.getGiftWrapOrderItem();
            if (wrap != null && !display.contains(wrap) && !wrapsAnyOf(wrap, products.subList(i + 1, products.size()))) {
                display.add(wrap);
            }
        }
        for (OrderItem item : order.getOrderItems()) {
            if (!display.contains(item)) {
                display.add(item);
            }
        }
        return display;
    }

    private static boolean wrapsAnyOf(GiftWrapOrderItem wrap, List<OrderItem> lines) {
        for (OrderItem line : lines) {
            if (line.getGiftWrapOrderItem() == wrap) {
                return true;
            }
        }
        return false;
    }

    /** An add-on for the whole order (express delivery): an add-on line that neither covers nor wraps a product line. */
    public static boolean isOrderAddOnLine(OrderItem item) {
        return isAddOnLine(item) && !(item instanceof GiftWrapOrderItem) && item.getParentOrderItem() == null
                && attribute(item, COVERS) == null;
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
