package io.crosssell.site.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.crosssell.recommend.Placement;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.Recommendations;
import io.crosssell.recommend.service.CrossSellRecommendationService;
import io.crosssell.site.widget.CrossSellItemView;
import io.crosssell.site.widget.CrossSellProcessor;
import io.crosssell.site.widget.CrossSellWidgetService;
import io.crosssell.site.widget.RecentlyViewed;

/**
 * {@code GET /crosssell/recommendations?productId=…&placement=fbt|upsell|cart|confirmation}: the items a
 * placement would show, as JSON; their reasons only with {@code crosssell.api.reasons} on. The cart comes from the shopper's session. Bad or
 * unknown input gets a 4xx with {"error": …}; recommendation failures give an empty list, never a 500.
 */
@Controller
public class CrossSellRecommendationController {

    @Resource(name = "csRecommendationService")
    protected CrossSellRecommendationService recommendations;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "csWidgetService")
    protected CrossSellWidgetService widgets;

    @Resource(name = "csRecommendationApiSettings")
    protected RecommendationApiSettings settings;

    @RequestMapping(value = "/crosssell/recommendations", method = RequestMethod.GET)
    public ResponseEntity<String> recommendations(HttpServletRequest request,
            @RequestParam(value = "productId", required = false) String productIdParam,
            @RequestParam(value = "placement", required = false) String placementParam) {
        Placement placement = Placement.fromCode(placementParam);
        if (placement == null) {
            StringBuilder codes = new StringBuilder();
            for (Placement known : Placement.values()) {
                codes.append(codes.length() == 0 ? "" : ", ").append(known.code());
            }
            return error(HttpStatus.BAD_REQUEST, "Unknown placement '" + String.valueOf(placementParam) + "': use one of " + codes);
        }
        Set<Long> cartProductIds = CrossSellProcessor.productsOf(CartState.getCart());
        RecommendationRequest.Builder builder = RecommendationRequest.forPlacement(placement).exclude(cartProductIds);
        if (placement.anchors() == Placement.Anchors.HISTORY && productIdParam == null) {
            // Recommended for you: the shopper's own history is the anchor.
        } else if (placement == Placement.CART && productIdParam == null) {
            builder.anchors(cartProductIds);
        } else {
            Long productId = parseId(productIdParam);
            if (productId == null) {
                return error(HttpStatus.BAD_REQUEST, "productId must be a product id, e.g. productId=101");
            }
            Product product = catalogService.findProductById(productId);
            if (product == null || !product.isActive()) {
                return error(HttpStatus.NOT_FOUND, "No active product " + productId);
            }
            builder.anchor(productId);
            if (placement == Placement.CART) {
                builder.anchors(cartProductIds);
            }
        }
        builder.customer(CrossSellProcessor.registeredCustomerId()).recentlyViewed(RecentlyViewed.of(request));
        Recommendations result = recommendations.recommend(builder.build());
        return json(HttpStatus.OK, body(result));
    }

    private Map<String, Object> body(Recommendations result) {
        List<Object> items = new ArrayList<Object>();
        boolean withReasons = settings.isReasons();
        for (CrossSellItemView item : widgets.views(result)) {
            items.add(item(item, withReasons));
        }
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("items", items);
        return body;
    }

    static Map<String, Object> item(CrossSellItemView item, boolean withReasons) {
        Map<String, Object> json = new LinkedHashMap<String, Object>();
        json.put("productId", item.getProductId());
        json.put("name", item.getName());
        json.put("price", item.getPrice() == null ? null : item.getPrice().getAmount());
        json.put("url", item.getUrl());
        if (withReasons) {
            json.put("reasons", new ArrayList<Object>(item.getReasons()));
        }
        return json;
    }

    public static Long parseId(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    private static ResponseEntity<String> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("error", message);
        return json(status, body);
    }

    static ResponseEntity<String> json(HttpStatus status, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("application", "json", java.nio.charset.Charset.forName("UTF-8")));
        headers.setCacheControl("no-store");
        return new ResponseEntity<String>(Json.write(body), headers, status);
    }
}
