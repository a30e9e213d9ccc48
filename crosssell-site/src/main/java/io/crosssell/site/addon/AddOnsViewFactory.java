package io.crosssell.site.addon;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.GiftWrapOrderItem;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import io.crosssell.addon.AddOnKind;
import io.crosssell.addon.domain.CrossSellAddOn;
import io.crosssell.addon.service.AddOnLines;
import io.crosssell.addon.service.AddOnService;

/** Builds the add-ons view of a cart. Never throws: a failure gives an empty view and the page renders. */
public class AddOnsViewFactory {

    private static final Log LOG = LogFactory.getLog(AddOnsViewFactory.class);

    private final AddOnService addOns;

    public AddOnsViewFactory(AddOnService addOns) {
        this.addOns = addOns;
    }

    public AddOnsView viewOf(Order cart) {
        return viewOf(cart, null);
    }

    /** @param draft a refused gift-wrap form's ticks and message, shown again in its form; or null */
    public AddOnsView viewOf(Order cart, GiftWrapDraft draft) {
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems() == null || cart.getOrderItems().isEmpty()) {
            return AddOnsView.empty(new ArrayList<OrderItem>());
        }
        List<OrderItem> displayLines;
        try {
            displayLines = AddOnLines.displayOrder(cart);
        } catch (RuntimeException e) {
            displayLines = new ArrayList<OrderItem>(cart.getOrderItems());
        }
        if (!OrderStatus.IN_PROCESS.equals(cart.getStatus())) {
            // A placed order takes no more add-ons: only its lines are shown.
            return AddOnsView.empty(displayLines);
        }
        try {
            return build(cart, displayLines, draft);
        } catch (RuntimeException e) {
            LOG.warn("Add-ons left out of the page: " + e, e);
            return AddOnsView.empty(displayLines);
        }
    }

    private AddOnsView build(Order cart, List<OrderItem> displayLines, GiftWrapDraft draft) {
        List<CrossSellAddOn> active = addOns.activeAddOns();
        List<OrderItem> products = AddOnLines.productLines(cart);
        List<AddOnsView.LineView> lines = new ArrayList<AddOnsView.LineView>();
        for (OrderItem line : products) {
            List<AddOnsView.ChoiceView> warranties = new ArrayList<AddOnsView.ChoiceView>();
            for (CrossSellAddOn addOn : active) {
                if (addOn.getKind() == AddOnKind.WARRANTY && addOns.isEligible(addOn, line)) {
                    warranties.add(new AddOnsView.ChoiceView(addOn.getId(), addOn.getName(), addOn.getDescription(),
                            addOns.priceFor(addOn, cart, line), attachedChild(line, addOn)));
                }
            }
            if (!warranties.isEmpty()) {
                lines.add(new AddOnsView.LineView(line.getId(), line.getName(), line.getQuantity(), warranties));
            }
        }
        List<AddOnsView.GiftWrapView> giftWraps = new ArrayList<AddOnsView.GiftWrapView>();
        List<AddOnsView.ChoiceView> orderAddOns = new ArrayList<AddOnsView.ChoiceView>();
        for (CrossSellAddOn addOn : active) {
            if (addOn.getKind() == AddOnKind.GIFT_WRAP) {
                giftWraps.add(giftWrapView(cart, addOn, products,
                        draft != null && draft.getAddOnId() == addOn.getId() ? draft : null));
            } else if (addOn.getKind() == AddOnKind.EXPRESS_DELIVERY) {
                orderAddOns.add(new AddOnsView.ChoiceView(addOn.getId(), addOn.getName(), addOn.getDescription(),
                        addOns.priceFor(addOn, cart, null), attachedLine(cart, addOn)));
            }
        }
        return new AddOnsView(lines, giftWraps, orderAddOns, displayLines);
    }

    private AddOnsView.GiftWrapView giftWrapView(Order cart, CrossSellAddOn addOn, List<OrderItem> products, GiftWrapDraft draft) {
        List<AddOnsView.LineView> wrappable = new ArrayList<AddOnsView.LineView>();
        for (OrderItem line : products) {
            if (line.getGiftWrapOrderItem() == null && addOns.isEligible(addOn, line)) {
                wrappable.add(new AddOnsView.LineView(line.getId(), line.getName(), line.getQuantity(),
                        new ArrayList<AddOnsView.ChoiceView>()));
            }
        }
        List<AddOnsView.WrapView> wraps = new ArrayList<AddOnsView.WrapView>();
        for (OrderItem line : AddOnLines.addOnLines(cart)) {
            CrossSellAddOn lineAddOn = addOns.addOnOf(line);
            if (line instanceof GiftWrapOrderItem && lineAddOn != null && lineAddOn.getId().equals(addOn.getId())) {
                List<String> names = new ArrayList<String>();
                for (OrderItem wrapped : ((GiftWrapOrderItem) line).getWrappedItems()) {
                    names.add(wrapped.getName());
                }
                wraps.add(new AddOnsView.WrapView(line.getId(), names, AddOnLines.attribute(line, AddOnLines.GIFT_MESSAGE),
                        line.getTotalPrice()));
            }
        }
        AddOnsView.ChoiceView choice = new AddOnsView.ChoiceView(addOn.getId(), addOn.getName(), addOn.getDescription(),
                addOns.priceFor(addOn, cart, null), null);
        return new AddOnsView.GiftWrapView(choice, addOn.getMaxMessageLength(), wrappable, wraps, draft);
    }

    private Long attachedChild(OrderItem line, CrossSellAddOn addOn) {
        if (line.getChildOrderItems() != null) {
            for (OrderItem child : line.getChildOrderItems()) {
                CrossSellAddOn childAddOn = addOns.addOnOf(child);
                if (childAddOn != null && childAddOn.getId().equals(addOn.getId())) {
                    return child.getId();
                }
            }
        }
        return null;
    }

    private Long attachedLine(Order cart, CrossSellAddOn addOn) {
        for (OrderItem line : AddOnLines.addOnLines(cart)) {
            CrossSellAddOn lineAddOn = addOns.addOnOf(line);
            if (lineAddOn != null && lineAddOn.getId().equals(addOn.getId())) {
                return line.getId();
            }
        }
        return null;
    }
}
