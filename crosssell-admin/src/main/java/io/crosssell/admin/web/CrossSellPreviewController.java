package io.crosssell.admin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.crosssell.recommend.FilteredItem;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.RecommendedItem;
import io.crosssell.recommend.Recommendations;
import io.crosssell.recommend.service.CrossSellRecommendationService;

/**
 * {@code /crosssell-preview}: for a product (and optionally a cart), the exact list each placement would show,
 * each item with its reasons, and the items the engine left out and why. Read-only; the section's view
 * permission is enough.
 */
@Controller
@RequestMapping("/" + CrossSellPreviewController.SECTION_KEY)
public class CrossSellPreviewController extends CrossSellAdminController {

    static final String SECTION_KEY = "crosssell-preview";

    @Resource(name = "csRecommendationService")
    protected CrossSellRecommendationService recommendations;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    /** One placement's answer, with product names for people. */
    public static final class PlacementPreview {
        private final String placement;
        private final List<Map<String, Object>> items;
        private final List<Map<String, Object>> filteredOut;
        private final List<String> failedSources;

        PlacementPreview(String placement, List<Map<String, Object>> items, List<Map<String, Object>> filteredOut,
                List<String> failedSources) {
            this.placement = placement;
            this.items = items;
            this.filteredOut = filteredOut;
            this.failedSources = failedSources;
        }

        public String getPlacement() {
            return placement;
        }

        public List<Map<String, Object>> getItems() {
            return items;
        }

        public List<Map<String, Object>> getFilteredOut() {
            return filteredOut;
        }

        public List<String> getFailedSources() {
            return failedSources;
        }
    }

    @RequestMapping(method = RequestMethod.GET)
    public String preview(Model model, HttpServletResponse response,
            @RequestParam(value = "productId", required = false) String productParam,
            @RequestParam(value = "cartProductIds", required = false) String cartParam) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "crosssell/preview");
        model.addAttribute("productIdParam", productParam == null ? "" : productParam);
        model.addAttribute("cartProductIdsParam", cartParam == null ? "" : cartParam);
        List<String> problems = new ArrayList<String>();
        Long productId = parseId(productParam, "product", problems);
        Set<Long> cart = new LinkedHashSet<Long>();
        if (cartParam != null && !cartParam.trim().isEmpty()) {
            for (String part : cartParam.split("[,\\s]+")) {
                Long id = parseId(part, "cart product", problems);
                if (id != null) {
                    cart.add(id);
                }
            }
        }
        model.addAttribute("problems", problems);
        if (productId == null || !problems.isEmpty()) {
            return "modules/defaultContainer";
        }
        Product product = catalog.findProductById(productId);
        if (product == null) {
            problems.add("There is no product " + productId + ".");
            return "modules/defaultContainer";
        }
        model.addAttribute("product", product.getName());
        Set<Long> cartWithProduct = new LinkedHashSet<Long>(cart);
        cartWithProduct.add(productId);
        List<PlacementPreview> placements = new ArrayList<PlacementPreview>();
        for (Placement placement : Placement.values()) {
            if (placement.isOnProductPage()) {
                placements.add(preview(placement, RecommendationRequest.forPlacement(placement).anchor(productId).exclude(cart)));
            }
        }
        placements.add(preview(Placement.CART,
                RecommendationRequest.forPlacement(Placement.CART).anchors(cartWithProduct).exclude(cartWithProduct)));
        placements.add(preview(Placement.CONFIRMATION,
                RecommendationRequest.forPlacement(Placement.CONFIRMATION).anchors(cartWithProduct)));
        model.addAttribute("placements", placements);
        return "modules/defaultContainer";
    }

    private PlacementPreview preview(Placement placement, RecommendationRequest.Builder request) {
        Recommendations result = recommendations.recommend(request.build());
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        for (RecommendedItem item : result.items()) {
            Map<String, Object> row = row(item.productId());
            List<String> reasons = new ArrayList<String>();
            for (Reason reason : item.reasons()) {
                reasons.add(reason.text());
            }
            row.put("reasons", reasons);
            items.add(row);
        }
        List<Map<String, Object>> filtered = new ArrayList<Map<String, Object>>();
        for (FilteredItem item : result.filteredOut()) {
            Map<String, Object> row = row(item.productId());
            row.put("why", item.why().description());
            filtered.add(row);
        }
        return new PlacementPreview(placement.code(), items, filtered, result.failedSources());
    }

    private Map<String, Object> row(long productId) {
        Map<String, Object> row = new LinkedHashMap<String, Object>();
        Product product = catalog.findProductById(productId);
        row.put("productId", productId);
        row.put("name", product == null ? "(unknown product)" : product.getName());
        return row;
    }

    private static Long parseId(String value, String what, List<String> problems) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        if (!value.trim().matches("\\d{1,18}")) {
            problems.add("\"" + value.trim() + "\" is not a " + what + " id.");
            return null;
        }
        return Long.valueOf(value.trim());
    }
}
