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
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
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
 * {@code /crosssell-preview}: for a product (and optionally a cart, and as a customer), the exact list each placement
 * would show, each item with its reasons, and the items the engine left out and why; as a customer, also how each
 * list differs from a new visitor's and what "Recommended for you" shows them. Read-only; the section's view
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

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    /** One placement's answer, with product names for people. */
    public static final class PlacementPreview {
        private final String placement;
        private final List<Map<String, Object>> items;
        private final List<Map<String, Object>> filteredOut;
        private final List<String> failedSources;
        private final List<Map<String, Object>> notForCustomer;

        PlacementPreview(String placement, List<Map<String, Object>> items, List<Map<String, Object>> filteredOut,
                List<String> failedSources, List<Map<String, Object>> notForCustomer) {
            this.placement = placement;
            this.items = items;
            this.filteredOut = filteredOut;
            this.failedSources = failedSources;
            this.notForCustomer = notForCustomer;
        }

        /** As a customer: what a new visitor is shown that this customer is not. */
        public List<Map<String, Object>> getNotForCustomer() {
            return notForCustomer;
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
            @RequestParam(value = "cartProductIds", required = false) String cartParam,
            @RequestParam(value = "customerId", required = false) String customerParam) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "crosssell/preview");
        model.addAttribute("productIdParam", productParam == null ? "" : productParam);
        model.addAttribute("cartProductIdsParam", cartParam == null ? "" : cartParam);
        model.addAttribute("customerIdParam", customerParam == null ? "" : customerParam);
        List<String> problems = new ArrayList<String>();
        Long productId = parseId(productParam, "product", problems);
        Long customerId = parseId(customerParam, "customer", problems);
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
        if (customerId != null) {
            Customer customer = customers.readCustomerById(customerId);
            if (customer == null) {
                problems.add("There is no customer " + customerId + ".");
                return "modules/defaultContainer";
            }
            model.addAttribute("customer", customer.getFirstName() + " " + customer.getLastName() + " (" + customerId + ")");
        }
        Set<Long> cartWithProduct = new LinkedHashSet<Long>(cart);
        cartWithProduct.add(productId);
        List<PlacementPreview> placements = new ArrayList<PlacementPreview>();
        for (Placement placement : Placement.values()) {
            if (placement.isOnProductPage()) {
                placements.add(preview(placement, RecommendationRequest.forPlacement(placement).anchor(productId).exclude(cart),
                        customerId));
            }
        }
        placements.add(preview(Placement.CART,
                RecommendationRequest.forPlacement(Placement.CART).anchors(cartWithProduct).exclude(cartWithProduct), customerId));
        placements.add(preview(Placement.CONFIRMATION,
                RecommendationRequest.forPlacement(Placement.CONFIRMATION).anchors(cartWithProduct), customerId));
        if (customerId != null) {
            placements.add(preview(Placement.PERSONAL, RecommendationRequest.forPlacement(Placement.PERSONAL).exclude(cart), customerId));
        }
        model.addAttribute("placements", placements);
        return "modules/defaultContainer";
    }

    /**
     * The placement's answer; as a customer, each item also says how it differs from a new visitor's list (new, or
     * moved from which place), and the visitor's items the customer does not get are listed.
     */
    private PlacementPreview preview(Placement placement, RecommendationRequest.Builder request, Long customerId) {
        Recommendations result = recommendations.recommend(request.customer(customerId).build());
        List<Long> visitorItems = new ArrayList<Long>();
        if (customerId != null) {
            for (RecommendedItem item : recommendations.recommend(request.customer(null).build()).items()) {
                visitorItems.add(item.productId());
            }
        }
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        List<Long> customerItems = new ArrayList<Long>();
        for (RecommendedItem item : result.items()) {
            Map<String, Object> row = row(item.productId());
            customerItems.add(item.productId());
            if (customerId != null) {
                int visitorPlace = visitorItems.indexOf(item.productId());
                row.put("change", visitorPlace < 0 ? "new for this customer"
                        : visitorPlace != items.size() ? "a new visitor sees it at " + (visitorPlace + 1) : "as for a new visitor");
            }
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
        List<Map<String, Object>> notForCustomer = new ArrayList<Map<String, Object>>();
        for (Long visitorItem : visitorItems) {
            if (!customerItems.contains(visitorItem)) {
                notForCustomer.add(row(visitorItem));
            }
        }
        return new PlacementPreview(placement.code(), items, filtered, result.failedSources(), notForCustomer);
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
