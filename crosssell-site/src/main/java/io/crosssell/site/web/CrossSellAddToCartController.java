package io.crosssell.site.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.crosssell.addon.service.AddOnLines;
import io.crosssell.bundle.service.AppliedBundles;
import io.crosssell.bundle.service.BundleService;
import io.crosssell.catalog.BroadleafCatalogAdapter;
import io.crosssell.experiment.WidgetTreatment;
import io.crosssell.experiment.service.ExperimentService;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.RecommendedItem;
import io.crosssell.recommend.service.CrossSellRecommendationService;
import io.crosssell.security.SameSitePath;
import io.crosssell.site.tracking.Shoppers;
import io.crosssell.site.widget.CrossSellProcessor;
import io.crosssell.site.widget.CrossSellWidgetService;
import io.crosssell.site.widget.RecentlyViewed;
import io.crosssell.tracking.Shopper;
import io.crosssell.tracking.TrackedPlacements;
import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.TrackingRecorder;
import io.crosssell.tracking.attribution.WidgetAdds;

/**
 * {@code POST /crosssell/cart/add}: adds the checked items of a widget to the cart through Broadleaf's
 * add-to-cart workflow, all or nothing. Only what the widget shows right now is accepted (its anchor and the
 * items the engine recommends for it), one of each, at the catalog's price (Broadleaf ignores posted prices).
 * CSRF is checked by Broadleaf's filter like for any storefront POST. Answers JSON to scripts and a
 * redirect (to the cart, or back with {@code csError}) to plain forms.
 */
@Controller
public class CrossSellAddToCartController {

    private static final Log LOG = LogFactory.getLog(CrossSellAddToCartController.class);
    static final int MAX_ITEMS = 10;

    @Resource(name = "csRecommendationService")
    protected CrossSellRecommendationService recommendations;

    @Resource(name = "csCatalogAdapter")
    protected BroadleafCatalogAdapter catalog;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "csTrackingRecorder")
    protected TrackingRecorder tracking;

    @Resource(name = "csBundleService")
    protected BundleService bundles;

    @Resource(name = "csExperimentService")
    protected ExperimentService experiments;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "csShopperTexts")
    protected ShopperTexts texts;

    @Resource(name = "csWidgetService")
    protected CrossSellWidgetService widgets;

    /** Why a request was refused, for scripts (code) and people (the message file's {@code crosssell.error.<code>}). */
    enum Refusal {
        BAD_PLACEMENT("bad-request"),
        NO_ITEMS("no-items"),
        BAD_ITEM("bad-request"),
        TOO_MANY("too-many"),
        BAD_QUANTITY("bad-quantity"),
        NOT_OFFERED("not-offered", true),
        FAILED("failed");

        final String code;
        private final boolean named;

        Refusal(String code) {
            this(code, false);
        }

        Refusal(String code, boolean named) {
            this.code = code;
            this.named = named;
        }

        String key() {
            return "crosssell.error." + code;
        }

        /** The key of the message naming the item it is about, or null when the refusal has none. */
        String namedKey() {
            return named ? key() + ".named" : null;
        }
    }

    /** The texts of a successful add: one item, several items ({0}: how many). */
    static final String ADDED_ONE = "crosssell.cart.addedOne";
    static final String ADDED_MANY = "crosssell.cart.added";

    @RequestMapping(value = "/crosssell/cart/add", method = RequestMethod.POST)
    public ResponseEntity<String> addAll(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "placement", required = false) String placementParam,
            @RequestParam(value = "anchorProductId", required = false) String anchorParam,
            @RequestParam(value = "productId", required = false) List<String> productParams,
            @RequestParam(value = "orderNumber", required = false) String orderNumber,
            @RequestParam(value = "quantity", required = false) String quantityParam,
            @RequestParam(value = "returnUrl", required = false) String returnUrl) {
        boolean script = FormResponses.isScript(request);
        Placement placement = Placement.fromCode(placementParam == null ? "fbt" : placementParam);
        if (placement == null) {
            return refuse(request, Refusal.BAD_PLACEMENT, script, returnUrl);
        }
        if (productParams == null || productParams.isEmpty()) {
            return refuse(request, Refusal.NO_ITEMS, script, returnUrl);
        }
        if (productParams.size() > MAX_ITEMS) {
            return refuse(request, Refusal.TOO_MANY, script, returnUrl);
        }
        Integer quantity = quantityParam == null ? Integer.valueOf(1) : parseQuantity(quantityParam);
        if (quantity == null) {
            return refuse(request, Refusal.BAD_QUANTITY, script, returnUrl);
        }
        Set<Long> productIds = new LinkedHashSet<Long>();
        for (String param : productParams) {
            Long id = CrossSellRecommendationController.parseId(param);
            if (id == null || !productIds.add(id)) {
                return refuse(request, Refusal.BAD_ITEM, script, returnUrl);
            }
        }
        Long anchor = anchorParam == null ? null : CrossSellRecommendationController.parseId(anchorParam);
        if (anchorParam != null && anchor == null) {
            return refuse(request, Refusal.BAD_ITEM, script, returnUrl);
        }
        Shopper shopper = Shoppers.of(request, response);
        WidgetTreatment treatment = Shoppers.treatment(experiments, placement, shopper);
        Set<Long> notOffered = new LinkedHashSet<Long>(productIds);
        notOffered.removeAll(offered(request, placement, anchor, orderNumber, treatment));
        if (!notOffered.isEmpty()) {
            return refuseUnavailable(request, script, returnUrl, productIds, notOffered);
        }
        Order cart;
        Set<Long> bundlesBefore = appliedBundles(CartState.getCart());
        try {
            cart = addAll(new ArrayList<Long>(productIds), quantity, placement, placement.isOnProductPage() ? anchor : null);
        } catch (RuntimeException e) {
            LOG.warn("Cross-sell add-to-cart of " + productIds + " failed; the cart is unchanged: " + e);
            return refuse(request, Refusal.FAILED, script, returnUrl);
        }
        countAdds(request, shopper, treatment, placement, anchor, productIds, bundlesBefore, cart);
        if (!script) {
            return FormResponses.redirect(request, "/cart");
        }
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("added", productIds.size());
        body.put("cartItemCount", AddOnLines.productCount(cart));
        body.put("message", productIds.size() == 1 ? texts.text(ADDED_ONE) : texts.text(ADDED_MANY, productIds.size()));
        return CrossSellRecommendationController.json(HttpStatus.OK, body);
    }

    /**
     * The products this widget shows now, so the only ones it may add: the items the engine recommends, asked
     * exactly as the widget asks (the placement's number of items, the shopper's purchases left out, what they viewed lately), and for
     * "frequently bought together" the anchor, when it is in stock and its widget shows anything at all. The
     * visitor's experiment variant applies as on the page: a holdout is offered nothing.
     */
    private Set<Long> offered(HttpServletRequest httpRequest, Placement placement, Long anchor, String orderNumber,
            WidgetTreatment treatment) {
        if (!treatment.shows()) {
            return Collections.emptySet();
        }
        Set<Long> cart = CrossSellProcessor.productsOf(CartState.getCart());
        RecommendationRequest.Builder request = treatment.apply(RecommendationRequest.forPlacement(placement).exclude(cart)
                .customer(CrossSellProcessor.registeredCustomerId()).recentlyViewed(RecentlyViewed.of(httpRequest)));
        Set<Long> offered = new LinkedHashSet<Long>();
        if (placement == Placement.CART) {
            request.anchors(cart);
        } else if (placement == Placement.CONFIRMATION) {
            Order order = ownSubmittedOrder(orderNumber);
            if (order == null) {
                return Collections.emptySet();
            }
            request.anchors(CrossSellProcessor.productsOf(order));
        } else if (placement.anchors() == Placement.Anchors.HISTORY) {
            // The shopper's history is the request's: nothing more to say.
        } else if (anchor != null) {
            request.anchor(anchor);
        } else {
            return Collections.emptySet();
        }
        for (RecommendedItem item : recommendations.recommend(request.build()).items()) {
            offered.add(item.productId());
        }
        if (placement == Placement.FBT && !offered.isEmpty() && catalog.isRecommendable(anchor)) {
            offered.add(anchor);
        }
        return offered;
    }

    /** The shopper's own placed order with this number, or null: nobody follows up someone else's order. */
    private Order ownSubmittedOrder(String orderNumber) {
        if (orderNumber == null || !orderNumber.matches("[A-Za-z0-9_-]{1,100}")) {
            return null;
        }
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        Customer customer = CustomerState.getCustomer();
        boolean own = order != null && customer != null && customer.equals(order.getCustomer());
        return own && OrderStatus.SUBMITTED.equals(order.getStatus()) ? order : null;
    }

    /**
     * Adds every product in one transaction: a failure on any item rolls all of them back. Each recommended line
     * carries the widget it came from (order item attributes), which is what attributes it when the order is placed.
     */
    private Order addAll(final List<Long> productIds, final int quantity, final Placement placement, final Long anchor) {
        Order existing = CartState.getCart();
        final Order cart = existing == null || existing instanceof NullOrderImpl
                ? orderService.createNewCartForCustomer(CustomerState.getCustomer()) : existing;
        Order updated = new TransactionTemplate(transactionManager).execute(new TransactionCallback<Order>() {
            @Override
            public Order doInTransaction(TransactionStatus status) {
                Order current = cart;
                for (int i = 0; i < productIds.size(); i++) {
                    final Long productId = productIds.get(i);
                    final OrderItemRequestDTO line = new OrderItemRequestDTO(productId, quantity);
                    if (!productId.equals(anchor)) {
                        line.getItemAttributes().put(WidgetAdds.PLACEMENT, placement.code());
                        if (anchor != null) {
                            line.getItemAttributes().put(WidgetAdds.ANCHOR, String.valueOf(anchor));
                        }
                    }
                    final Long orderId = current.getId();
                    final boolean price = i == productIds.size() - 1;
                    try {
                        current = WidgetAdds.asWidgetAdd(new Callable<Order>() {
                            @Override
                            public Order call() throws Exception {
                                return orderService.addItem(orderId, line, price);
                            }
                        });
                    } catch (Exception e) {
                        throw new IllegalStateException("Product " + productId + " could not be added", e);
                    }
                }
                return current;
            }
        });
        CartState.setCart(updated);
        return updated;
    }

    private Set<Long> appliedBundles(Order cart) {
        if (cart == null || cart instanceof NullOrderImpl) {
            return Collections.emptySet();
        }
        return new LinkedHashSet<Long>(AppliedBundles.savingsByBundleId(cart, bundles.bundleIdsByOfferId()).keySet());
    }

    static Integer parseQuantity(String value) {
        if (value == null || !value.matches("\\d{1,2}")) {
            return null;
        }
        int quantity = Integer.parseInt(value);
        return quantity >= 1 && quantity <= 10 ? quantity : null;
    }

    /**
     * One add per recommended item put in the cart (the page's own product is not a cross-sell), and one add under
     * the placement {@code bundle} per bundle the add completed (its item: the bundle id).
     */
    private void countAdds(HttpServletRequest request, Shopper shopper, WidgetTreatment treatment, Placement placement, Long anchor,
            Set<Long> added, Set<Long> bundlesBefore, Order cart) {
        List<Long> recommended = new ArrayList<Long>(added);
        recommended.remove(anchor);
        String userAgent = request.getHeader("User-Agent");
        Long pageAnchor = placement.isOnProductPage() ? anchor : null;
        tracking.recordForShopper(userAgent, shopper, TrackingEvent.Kind.ADD, placement.code(), pageAnchor, recommended,
                treatment.experimentId(), treatment.variantId());
        try {
            Set<Long> completed = appliedBundles(cart);
            completed.removeAll(bundlesBefore);
            tracking.recordForShopper(userAgent, shopper, TrackingEvent.Kind.ADD, TrackedPlacements.BUNDLE, pageAnchor, completed,
                    treatment.experimentId(), treatment.variantId());
        } catch (RuntimeException e) {
            LOG.debug("Bundle completion not counted: " + e);
        }
    }

    /**
     * Nothing is added when a chosen item is no longer offered (out of stock, inactive, no longer recommended): the
     * answer names it and lists it apart from the items that can still be added, so the shopper can add the rest.
     * A form goes back with {@code csError=not-offered&csUnavailable=<id>}; the widget names the item from the id.
     */
    private ResponseEntity<String> refuseUnavailable(HttpServletRequest request, boolean script, String returnUrl,
            Set<Long> chosen, Set<Long> notOffered) {
        if (!script) {
            return FormResponses.redirect(request, safeReturnUrl(returnUrl),
                    "csError=" + Refusal.NOT_OFFERED.code + "&csUnavailable=" + notOffered.iterator().next());
        }
        List<Object> unavailable = new ArrayList<Object>();
        StringBuilder names = new StringBuilder();
        for (Long productId : notOffered) {
            String name = widgets.productName(productId);
            Map<String, Object> item = new LinkedHashMap<String, Object>();
            item.put("productId", productId);
            item.put("name", name);
            unavailable.add(item);
            if (name != null) {
                names.append(names.length() == 0 ? "" : ", ").append(name);
            }
        }
        List<Object> available = new ArrayList<Object>(chosen);
        available.removeAll(notOffered);
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("error", names.length() == 0 ? texts.text(Refusal.NOT_OFFERED.key())
                : texts.text(Refusal.NOT_OFFERED.namedKey(), names.toString()));
        body.put("code", Refusal.NOT_OFFERED.code);
        body.put("unavailable", unavailable);
        body.put("available", available);
        return CrossSellRecommendationController.json(HttpStatus.CONFLICT, body);
    }

    /** A refusal about the request as a whole; one about unavailable items goes through {@link #refuseUnavailable}. */
    private ResponseEntity<String> refuse(HttpServletRequest request, Refusal refusal, boolean script, String returnUrl) {
        if (script) {
            Map<String, Object> body = new LinkedHashMap<String, Object>();
            body.put("error", texts.text(refusal.key()));
            body.put("code", refusal.code);
            return CrossSellRecommendationController.json(refusal == Refusal.FAILED ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                    body);
        }
        return FormResponses.redirect(request, safeReturnUrl(returnUrl), "csError=" + refusal.code);
    }

    /** Only a path on this site (never {@code //host} or an absolute URL another site could use), else the cart. */
    static String safeReturnUrl(String returnUrl) {
        return SameSitePath.orElse(returnUrl, "/cart");
    }
}
