package io.crosssell.addon.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.GiftWrapOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemAttribute;
import org.broadleafcommerce.core.order.domain.OrderItemAttributeImpl;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.OrderItemService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.FulfillmentGroupItemRequest;
import org.broadleafcommerce.core.order.service.call.GiftWrapOrderItemRequest;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.addon.AddOnException;
import io.crosssell.addon.AddOnKind;
import io.crosssell.addon.AddOnPricing;
import io.crosssell.addon.AddOnValidator;
import io.crosssell.addon.GiftMessages;
import io.crosssell.addon.domain.CrossSellAddOn;
import io.crosssell.addon.domain.CrossSellAddOnImpl;

/** {@link AddOnService} on Broadleaf's order service; each change runs in one transaction. */
public class AddOnServiceImpl implements AddOnService {

    private static final Log LOG = LogFactory.getLog(AddOnServiceImpl.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final OrderService orderService;
    private final OrderItemService orderItemService;
    private final FulfillmentGroupService fulfillmentGroupService;
    private final TransactionTemplate transaction;

    // Set while this service adds a line: only then may a service SKU enter a cart (see GuardAddOnSkusActivity).
    private static final ThreadLocal<Boolean> ADDING = new ThreadLocal<Boolean>();

    /** Whether the current thread is adding an add-on line through this service. */
    public static boolean isAdding() {
        return Boolean.TRUE.equals(ADDING.get());
    }

    public AddOnServiceImpl(OrderService orderService, OrderItemService orderItemService,
            FulfillmentGroupService fulfillmentGroupService, PlatformTransactionManager transactionManager) {
        this.orderService = orderService;
        this.orderItemService = orderItemService;
        this.fulfillmentGroupService = fulfillmentGroupService;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public List<CrossSellAddOn> activeAddOns() {
        // Not from Hibernate's query cache: it would not notice the admin (another process) switching one on or off.
        return em.createQuery("SELECT a FROM io.crosssell.addon.domain.CrossSellAddOn a WHERE a.active = true"
                + " ORDER BY a.displayOrder, a.id", CrossSellAddOn.class).getResultList();
    }

    @Override
    public CrossSellAddOn readById(Long addOnId) {
        return addOnId == null ? null : em.find(CrossSellAddOnImpl.class, addOnId);
    }

    @Override
    public boolean isEligible(CrossSellAddOn addOn, OrderItem line) {
        if (!(line instanceof DiscreteOrderItem) || AddOnLines.isAddOnLine(line) || line instanceof GiftWrapOrderItem) {
            return false;
        }
        Product product = ((DiscreteOrderItem) line).getProduct();
        if (product == null) {
            return false;
        }
        if (addOn.getEligibleProducts().isEmpty() && addOn.getEligibleCategories().isEmpty()) {
            return true;
        }
        for (Product eligible : addOn.getEligibleProducts()) {
            if (eligible.getId().equals(product.getId())) {
                return true;
            }
        }
        Set<Long> categories = new LinkedHashSet<Long>();
        if (product.getAllParentCategoryXrefs() != null) {
            for (CategoryProductXref xref : product.getAllParentCategoryXrefs()) {
                categories.add(xref.getCategory().getId());
            }
        }
        for (Category eligible : addOn.getEligibleCategories()) {
            if (categories.contains(eligible.getId())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Money priceFor(CrossSellAddOn addOn, Order order, OrderItem covered) {
        BigDecimal base = BigDecimal.ZERO;
        if (addOn.getKind() == AddOnKind.WARRANTY && covered != null) {
            base = covered.getPriceBeforeAdjustments(true).getAmount();
        } else if (addOn.getKind() == AddOnKind.EXPRESS_DELIVERY) {
            base = merchandiseTotal(order);
        }
        java.util.Currency currency = order.getCurrency() == null ? null
                : java.util.Currency.getInstance(order.getCurrency().getCurrencyCode());
        int digits = currency == null ? 2 : currency.getDefaultFractionDigits();
        BigDecimal price = AddOnPricing.unitPrice(addOn.getPriceMode(), addOn.getAmount(), addOn.getPriceBands(), base, digits);
        return currency == null ? new Money(price) : new Money(price, currency);
    }

    /** The product lines' total before discounts: what express delivery bands are measured against. */
    static BigDecimal merchandiseTotal(Order order) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderItem line : AddOnLines.productLines(order)) {
            total = total.add(line.getPriceBeforeAdjustments(true).getAmount().multiply(new BigDecimal(line.getQuantity())));
        }
        return total;
    }

    @Override
    public Order attach(final Order cart, final Long addOnId, final List<Long> orderItemIds, final String message) {
        if (cart == null || cart.getId() == null || !OrderStatus.IN_PROCESS.equals(cart.getStatus())) {
            throw new AddOnException("no-cart", "Your cart is empty.");
        }
        final CrossSellAddOn addOn = readById(addOnId);
        if (addOn == null || !addOn.isActive()) {
            throw new AddOnException("unknown-addon", "That add-on is not available.");
        }
        final List<OrderItem> lines = linesOf(cart, orderItemIds);
        try {
            return transaction.execute(new TransactionCallback<Order>() {
                @Override
                public Order doInTransaction(TransactionStatus status) {
                    switch (addOn.getKind()) {
                        case WARRANTY:
                            return attachWarranty(cart, addOn, lines);
                        case GIFT_WRAP:
                            return attachGiftWrap(cart, addOn, lines, message);
                        default:
                            return attachExpressDelivery(cart, addOn, lines);
                    }
                }
            });
        } catch (AddOnException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Add-on " + addOnId + " could not be added to cart " + cart.getId() + ": " + e, e);
            throw new AddOnException("failed", "The add-on could not be added; your cart is unchanged.", e);
        }
    }

    private Order attachWarranty(Order cart, CrossSellAddOn addOn, List<OrderItem> lines) {
        if (lines.size() != 1) {
            throw new AddOnException("bad-request", "Choose the one item the warranty covers.");
        }
        OrderItem covered = lines.get(0);
        requireEligible(addOn, covered);
        for (OrderItem child : covered.getChildOrderItems()) {
            CrossSellAddOn existing = addOnOf(child);
            if (existing != null && existing.getKind() == AddOnKind.WARRANTY) {
                throw new AddOnException("already-added", "That item already has a warranty.");
            }
        }
        Money price = priceFor(addOn, cart, covered);
        OrderItemRequestDTO request = lineRequest(addOn, covered.getQuantity(), price);
        request.setParentOrderItemId(covered.getId());
        request.getItemAttributes().put(AddOnLines.COVERS, String.valueOf(covered.getId()));
        return addLine(cart, request);
    }

    private Order attachExpressDelivery(Order cart, CrossSellAddOn addOn, List<OrderItem> lines) {
        if (!lines.isEmpty()) {
            throw new AddOnException("bad-request", "Express delivery applies to the whole order, not to an item.");
        }
        if (AddOnLines.productLines(cart).isEmpty()) {
            throw new AddOnException("no-cart", "Your cart is empty.");
        }
        for (OrderItem line : AddOnLines.addOnLines(cart)) {
            CrossSellAddOn existing = addOnOf(line);
            if (existing != null && existing.getKind() == AddOnKind.EXPRESS_DELIVERY) {
                throw new AddOnException("already-added", "Express delivery is already in your order.");
            }
        }
        return addLine(cart, lineRequest(addOn, 1, priceFor(addOn, cart, null)));
    }

    private Order attachGiftWrap(Order cart, CrossSellAddOn addOn, List<OrderItem> lines, String message) {
        if (lines.isEmpty()) {
            throw new AddOnException("no-items-to-wrap", "Tick the items to wrap first.");
        }
        String text = message == null ? "" : message.trim();
        String problem = GiftMessages.problem(text, addOn.getMaxMessageLength());
        if (problem != null) {
            throw new AddOnException("bad-message", problem);
        }
        for (OrderItem line : lines) {
            requireEligible(addOn, line);
            if (line.getGiftWrapOrderItem() != null) {
                throw new AddOnException("already-added", line.getName() + " is already gift-wrapped.");
            }
        }
        Money price = priceFor(addOn, cart, null);
        GiftWrapOrderItemRequest request = new GiftWrapOrderItemRequest();
        request.setSku(addOn.getSku());
        request.setProduct(addOn.getSku().getProduct());
        request.setQuantity(1);
        request.setOrder(cart);
        request.setWrappedItems(new ArrayList<OrderItem>(lines));
        request.setSalePriceOverride(price);
        request.setRetailPriceOverride(price);
        GiftWrapOrderItem wrap = orderItemService.createGiftWrapOrderItem(request);
        wrap.setOrder(cart);
        wrap.setPrice(price);
        attribute(wrap, AddOnLines.ADDON, String.valueOf(addOn.getId()));
        if (!text.isEmpty()) {
            attribute(wrap, AddOnLines.GIFT_MESSAGE, text);
        }
        OrderItem saved = orderItemService.saveOrderItem(wrap);
        cart.getOrderItems().add(saved);
        for (OrderItem line : lines) {
            line.setGiftWrapOrderItem((GiftWrapOrderItem) saved);
        }
        // Broadleaf's cart workflows insist that every line sits in a fulfillment group.
        FulfillmentGroupItemRequest fulfillment = new FulfillmentGroupItemRequest();
        fulfillment.setOrder(cart);
        fulfillment.setFulfillmentGroup(cart.getFulfillmentGroups().get(0));
        fulfillment.setOrderItem(saved);
        fulfillment.setQuantity(1);
        try {
            fulfillmentGroupService.addItemToFulfillmentGroup(fulfillment, false);
            return orderService.save(cart, true);
        } catch (Exception e) {
            throw new IllegalStateException("Gift wrap could not be priced", e);
        }
    }

    private Order addLine(Order cart, OrderItemRequestDTO request) {
        ADDING.set(Boolean.TRUE);
        try {
            return orderService.addItemWithPriceOverrides(cart.getId(), request, true);
        } catch (Exception e) {
            throw new IllegalStateException("Broadleaf's add-item workflow refused the add-on line", e);
        } finally {
            ADDING.remove();
        }
    }

    @Override
    public CrossSellAddOn addOnOf(OrderItem line) {
        CrossSellAddOn addOn = readById(AddOnLines.addOnIdOf(line));
        boolean sameSku = addOn != null && addOn.getSku() != null && line instanceof DiscreteOrderItem
                && ((DiscreteOrderItem) line).getSku() != null
                && addOn.getSku().getId().equals(((DiscreteOrderItem) line).getSku().getId());
        return sameSku ? addOn : null;
    }

    @Override
    public boolean isServiceSku(Long skuId) {
        return skuId != null && !em.createQuery("SELECT a.id FROM io.crosssell.addon.domain.CrossSellAddOn a WHERE a.sku.id = :sku")
                .setParameter("sku", skuId).setHint("org.hibernate.cacheable", Boolean.TRUE).getResultList().isEmpty();
    }

    private static OrderItemRequestDTO lineRequest(CrossSellAddOn addOn, int quantity, Money price) {
        // Product id only: Broadleaf merges a request naming a SKU into any line of that SKU, attributes aside,
        // which would fold two bikes' warranties into one line. By product it compares attributes (covers).
        Product product = addOn.getSku().getProduct();
        OrderItemRequestDTO request = new OrderItemRequestDTO(product.getId(), quantity);
        request.setOverrideSalePrice(price);
        request.setOverrideRetailPrice(price);
        Map<String, String> attributes = new HashMap<String, String>();
        attributes.put(AddOnLines.ADDON, String.valueOf(addOn.getId()));
        request.setItemAttributes(attributes);
        return request;
    }

    private void requireEligible(CrossSellAddOn addOn, OrderItem line) {
        if (!isEligible(addOn, line)) {
            throw new AddOnException("not-eligible", addOn.getName() + " is not available for " + line.getName() + ".");
        }
    }

    /** The cart's lines with these ids; any id not a line of this cart is refused. */
    private static List<OrderItem> linesOf(Order cart, List<Long> orderItemIds) {
        List<OrderItem> lines = new ArrayList<OrderItem>();
        if (orderItemIds == null) {
            return lines;
        }
        for (Long id : new LinkedHashSet<Long>(orderItemIds)) {
            OrderItem found = null;
            for (OrderItem item : cart.getOrderItems()) {
                if (id != null && id.equals(item.getId())) {
                    found = item;
                }
            }
            if (found == null) {
                throw new AddOnException("not-in-cart", "That item is not in your cart.");
            }
            lines.add(found);
        }
        return lines;
    }

    private static void attribute(OrderItem item, String name, String value) {
        OrderItemAttribute attribute = new OrderItemAttributeImpl();
        attribute.setName(name);
        attribute.setValue(value);
        attribute.setOrderItem(item);
        item.getOrderItemAttributes().put(name, attribute);
    }

    @Override
    public CrossSellAddOn save(final CrossSellAddOn addOn) {
        List<String> problems = AddOnValidator.problems(addOn.getName(), addOn.getKind(), addOn.getPriceMode(),
                addOn.getAmount(), addOn.getPriceBands(), addOn.getMaxMessageLength(), addOn.getSku() != null);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder();
            for (String problem : problems) {
                message.append(message.length() == 0 ? "" : " ").append(problem);
            }
            throw new AddOnException("invalid", message.toString());
        }
        return transaction.execute(new TransactionCallback<CrossSellAddOn>() {
            @Override
            public CrossSellAddOn doInTransaction(TransactionStatus status) {
                return em.merge(addOn);
            }
        });
    }

    @Override
    public Order detach(final Order cart, final Long orderItemId) {
        if (cart == null || cart.getId() == null || orderItemId == null) {
            throw new AddOnException("not-in-cart", "That add-on is not in your cart.");
        }
        boolean found = false;
        for (OrderItem item : AddOnLines.addOnLines(cart)) {
            found |= orderItemId.equals(item.getId());
        }
        if (!found) {
            throw new AddOnException("not-in-cart", "That add-on is not in your cart.");
        }
        try {
            return orderService.removeItem(cart.getId(), orderItemId, true);
        } catch (Exception e) {
            LOG.warn("Add-on line " + orderItemId + " could not be removed from cart " + cart.getId() + ": " + e, e);
            throw new AddOnException("failed", "The add-on could not be removed; your cart is unchanged.", e);
        }
    }
}
