package io.crosssell.site.addon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.GiftWrapOrderItem;
import org.broadleafcommerce.core.order.domain.OrderItem;

import io.crosssell.addon.service.AddOnLines;

/** What the add-ons fragment shows for one cart: per-line warranties, gift wraps and order add-ons. */
public final class AddOnsView {

    private final List<LineView> lines;
    private final List<GiftWrapView> giftWraps;
    private final List<ChoiceView> orderAddOns;
    private final List<OrderItem> displayLines;
    private final List<OrderItem> itemLines;
    private final List<OrderItem> orderLines;

    public AddOnsView(List<LineView> lines, List<GiftWrapView> giftWraps, List<ChoiceView> orderAddOns,
            List<OrderItem> displayLines) {
        this.lines = Collections.unmodifiableList(lines);
        this.giftWraps = Collections.unmodifiableList(giftWraps);
        this.orderAddOns = Collections.unmodifiableList(orderAddOns);
        this.displayLines = Collections.unmodifiableList(displayLines);
        // Split once: a page's table reads both parts (and their total) several times.
        List<OrderItem> items = new ArrayList<OrderItem>(displayLines.size());
        List<OrderItem> order = new ArrayList<OrderItem>();
        for (OrderItem line : displayLines) {
            (AddOnLines.isOrderAddOnLine(line) ? order : items).add(line);
        }
        this.itemLines = Collections.unmodifiableList(items);
        this.orderLines = Collections.unmodifiableList(order);
    }

    /** No add-ons to offer; the order's lines are still there to show. */
    public static AddOnsView empty(List<OrderItem> displayLines) {
        return new AddOnsView(new ArrayList<LineView>(), new ArrayList<GiftWrapView>(), new ArrayList<ChoiceView>(),
                displayLines);
    }

    /** The order's lines, each product followed by the add-ons that belong to it: for the cart's table. */
    public List<OrderItem> getDisplayLines() {
        return displayLines;
    }

    /** The display lines of the products and what belongs to them (warranties, wraps): the table's body. */
    public List<OrderItem> getItemLines() {
        return itemLines;
    }

    /** The add-ons of the whole order (express delivery): shown with the totals, not under a product. */
    public List<OrderItem> getOrderLines() {
        return orderLines;
    }

    /** What the item lines cost before item discounts (bundle savings are listed below them); null without lines. */
    public Money getItemsBeforeDiscounts() {
        Money sum = null;
        for (OrderItem line : itemLines) {
            Money price = line.getTotalPriceBeforeAdjustments(true);
            if (price != null) {
                sum = sum == null ? price : sum.add(price);
            }
        }
        return sum;
    }

    /**
     * What an add-on line is for, as a table shows it beside the line: the covered product of a warranty, the products
     * a gift wrap wraps (joined by ", "); null for other lines.
     */
    public String coveredNames(OrderItem line) {
        if (line == null) {
            return null;
        }
        if (line.getParentOrderItem() != null) {
            return line.getParentOrderItem().getName();
        }
        if (line instanceof GiftWrapOrderItem && ((GiftWrapOrderItem) line).getWrappedItems() != null
                && !((GiftWrapOrderItem) line).getWrappedItems().isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (OrderItem wrapped : ((GiftWrapOrderItem) line).getWrappedItems()) {
                names.append(names.length() == 0 ? "" : ", ").append(wrapped.getName());
            }
            return names.toString();
        }
        return null;
    }

    /** Product lines with at least one warranty to choose from. */
    public List<LineView> getLines() {
        return lines;
    }

    public List<GiftWrapView> getGiftWraps() {
        return giftWraps;
    }

    /** Add-ons for the whole order (express delivery). */
    public List<ChoiceView> getOrderAddOns() {
        return orderAddOns;
    }

    public boolean isEmpty() {
        return lines.isEmpty() && giftWraps.isEmpty() && orderAddOns.isEmpty();
    }

    /** An add-on the shopper may take, with its price for this cart; attachedLineId when already taken. */
    public static final class ChoiceView {
        private final long addOnId;
        private final String name;
        private final String description;
        private final Money price;
        private final Long attachedLineId;

        public ChoiceView(long addOnId, String name, String description, Money price, Long attachedLineId) {
            this.addOnId = addOnId;
            this.name = name;
            this.description = description;
            this.price = price;
            this.attachedLineId = attachedLineId;
        }

        public long getAddOnId() {
            return addOnId;
        }

        public String getName() {
            return name;
        }

        public String getDescription() {
            return description;
        }

        /** Per unit of the covered line (warranty), per wrap, or for the order. */
        public Money getPrice() {
            return price;
        }

        /** The add-on's line in the cart, or null when it is not taken. */
        public Long getAttachedLineId() {
            return attachedLineId;
        }

        public boolean isAttached() {
            return attachedLineId != null;
        }
    }

    /** A product line and the warranties it may get. */
    public static final class LineView {
        private final long orderItemId;
        private final String name;
        private final int quantity;
        private final List<ChoiceView> warranties;

        public LineView(long orderItemId, String name, int quantity, List<ChoiceView> warranties) {
            this.orderItemId = orderItemId;
            this.name = name;
            this.quantity = quantity;
            this.warranties = Collections.unmodifiableList(warranties);
        }

        public long getOrderItemId() {
            return orderItemId;
        }

        public String getName() {
            return name;
        }

        public int getQuantity() {
            return quantity;
        }

        public List<ChoiceView> getWarranties() {
            return warranties;
        }

        /** A warranty is taken: the others are not offered. */
        public boolean isCovered() {
            for (ChoiceView warranty : warranties) {
                if (warranty.isAttached()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A gift-wrap add-on: the lines it may still wrap and the wraps already in the cart. */
    public static final class GiftWrapView {
        private final ChoiceView choice;
        private final int maxMessageLength;
        private final List<LineView> wrappable;
        private final List<WrapView> wraps;
        private final GiftWrapDraft draft;

        /** @param draft what the shopper left in this form when its add was refused, or null */
        public GiftWrapView(ChoiceView choice, int maxMessageLength, List<LineView> wrappable, List<WrapView> wraps,
                GiftWrapDraft draft) {
            this.choice = choice;
            this.maxMessageLength = maxMessageLength;
            this.wrappable = Collections.unmodifiableList(wrappable);
            this.wraps = Collections.unmodifiableList(wraps);
            this.draft = draft;
        }

        /** The message typed before a refused add, to show again; null for none. */
        public String getDraftMessage() {
            return draft == null ? null : draft.getMessage();
        }

        /** Whether the shopper had ticked this line before a refused add. */
        public boolean isTicked(long orderItemId) {
            return draft != null && draft.getTickedLineIds().contains(orderItemId);
        }

        public ChoiceView getChoice() {
            return choice;
        }

        public int getMaxMessageLength() {
            return maxMessageLength;
        }

        public List<LineView> getWrappable() {
            return wrappable;
        }

        public List<WrapView> getWraps() {
            return wraps;
        }
    }

    /** A gift wrap in the cart: its line, what it wraps, its message. */
    public static final class WrapView {
        private final long orderItemId;
        private final List<String> wrappedNames;
        private final String message;
        private final Money price;

        public WrapView(long orderItemId, List<String> wrappedNames, String message, Money price) {
            this.orderItemId = orderItemId;
            this.wrappedNames = Collections.unmodifiableList(wrappedNames);
            this.message = message;
            this.price = price;
        }

        public long getOrderItemId() {
            return orderItemId;
        }

        public List<String> getWrappedNames() {
            return wrappedNames;
        }

        public String getMessage() {
            return message;
        }

        public Money getPrice() {
            return price;
        }
    }
}
