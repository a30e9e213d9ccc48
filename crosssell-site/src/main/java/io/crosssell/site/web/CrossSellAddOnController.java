package io.crosssell.site.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.crosssell.addon.AddOnException;
import io.crosssell.addon.service.AddOnLines;
import io.crosssell.addon.service.AddOnService;
import io.crosssell.site.addon.GiftWrapDraft;
import io.crosssell.site.tracking.Shoppers;
import io.crosssell.tracking.TrackedPlacements;
import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.TrackingRecorder;

/**
 * {@code POST /crosssell/addons/add} and {@code /crosssell/addons/remove}: add-on lines in the shopper's own
 * cart. Only ids are read from the request; prices come from the add-on service. CSRF is checked by
 * Broadleaf's filter; an attached add-on counts as an add of the {@code addons} placement. JSON for scripts, a redirect (with {@code csAddOnError} when refused) for forms.
 */
@Controller
public class CrossSellAddOnController {

    static final int MAX_LINES = 20;

    @Resource(name = "csAddOnService")
    protected AddOnService addOns;

    @Resource(name = "csTrackingRecorder")
    protected TrackingRecorder tracking;

    @Resource(name = "csShopperTexts")
    protected ShopperTexts texts;

    /** The texts of a change made: an add-on added, one removed. Refusals read {@code crosssell.addons.error.<code>}. */
    static final String ADDED = "crosssell.addons.added";
    static final String REMOVED = "crosssell.addons.removed";
    /** The add-ons fragment's id: a plain form's redirect comes back to it, not to the top of the page. */
    static final String ELEMENT_ID = "cs-addons";

    @RequestMapping(value = "/crosssell/addons/add", method = RequestMethod.POST)
    public ResponseEntity<String> add(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "addOnId", required = false) String addOnId,
            @RequestParam(value = "orderItemId", required = false) List<String> orderItemIds,
            @RequestParam(value = "message", required = false) String message,
            @RequestParam(value = "returnUrl", required = false) String returnUrl) {
        Long addOn = CrossSellRecommendationController.parseId(addOnId);
        List<Long> lines = null;
        try {
            if (addOn == null) {
                throw new AddOnException("bad-request", "Choose an add-on.");
            }
            lines = ids(orderItemIds);
            Order cart = addOns.attach(CartState.getCart(), addOn, lines, message);
            CartState.setCart(cart);
            tracking.recordForShopper(request.getHeader("User-Agent"), Shoppers.of(request, response), TrackingEvent.Kind.ADD,
                    TrackedPlacements.ADDONS, null, Collections.singleton(addOn));
            return done(request, cart, texts.text(ADDED), returnUrl);
        } catch (AddOnException e) {
            // A form refused without scripts comes back as the shopper left it (a script's form never went away).
            if (!FormResponses.isScript(request) && addOn != null && lines != null && (!lines.isEmpty() || message != null)) {
                GiftWrapDraft.keep(request, new GiftWrapDraft(addOn, lines, message));
            }
            return refused(request, e, returnUrl);
        }
    }

    @RequestMapping(value = "/crosssell/addons/remove", method = RequestMethod.POST)
    public ResponseEntity<String> remove(HttpServletRequest request,
            @RequestParam(value = "orderItemId", required = false) String orderItemId,
            @RequestParam(value = "returnUrl", required = false) String returnUrl) {
        try {
            Long line = CrossSellRecommendationController.parseId(orderItemId);
            if (line == null) {
                throw new AddOnException("bad-request", "Choose the add-on to remove.");
            }
            Order cart = addOns.detach(CartState.getCart(), line);
            CartState.setCart(cart);
            return done(request, cart, texts.text(REMOVED), returnUrl);
        } catch (AddOnException e) {
            return refused(request, e, returnUrl);
        }
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<Long>();
        if (values == null) {
            return ids;
        }
        if (values.size() > MAX_LINES) {
            throw new AddOnException("bad-request", "Too many items at once.");
        }
        for (String value : values) {
            Long id = CrossSellRecommendationController.parseId(value);
            if (id == null) {
                throw new AddOnException("bad-request", "One of the items is not valid.");
            }
            ids.add(id);
        }
        return ids;
    }

    private static ResponseEntity<String> done(HttpServletRequest request, Order cart, String message, String returnUrl) {
        if (!FormResponses.isScript(request)) {
            return FormResponses.redirectToElement(request, CrossSellAddToCartController.safeReturnUrl(returnUrl), null, ELEMENT_ID);
        }
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("message", message);
        body.put("cartItemCount", AddOnLines.productCount(cart));
        body.put("total", cart.getTotal() == null ? null : cart.getTotal().getAmount());
        return CrossSellRecommendationController.json(HttpStatus.OK, body);
    }

    private ResponseEntity<String> refused(HttpServletRequest request, AddOnException e, String returnUrl) {
        if (!FormResponses.isScript(request)) {
            return FormResponses.redirectToElement(request, CrossSellAddToCartController.safeReturnUrl(returnUrl),
                    "csAddOnError=" + e.code(), ELEMENT_ID);
        }
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        // The service's own English text only for a code no message file has.
        body.put("error", texts.textOr(errorKey(e.code()), e.getMessage()));
        body.put("code", e.code());
        return CrossSellRecommendationController.json(statusOf(e.code()), body);
    }

    static String errorKey(String code) {
        return "crosssell.addons.error." + code;
    }

    static HttpStatus statusOf(String code) {
        if ("unknown-addon".equals(code) || "not-in-cart".equals(code) || "no-cart".equals(code)) {
            return HttpStatus.NOT_FOUND;
        }
        if ("already-added".equals(code) || "failed".equals(code)) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
