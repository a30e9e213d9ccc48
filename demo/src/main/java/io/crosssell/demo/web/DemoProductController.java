package io.crosssell.demo.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.web.catalog.ProductHandlerMapping;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafProductController;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

import io.crosssell.catalog.BroadleafCatalogAdapter;

/**
 * Broadleaf's product page, except that a discontinued (inactive) product answers 404 like an unknown one; the
 * page knows whether the product is in stock ({@code inStock}).
 */
@Controller("blProductController")
public class DemoProductController extends BroadleafProductController {

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Product product = (Product) request.getAttribute(ProductHandlerMapping.CURRENT_PRODUCT_ATTRIBUTE_NAME);
        if (product == null || !product.isActive()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        ModelAndView page = super.handleRequest(request, response);
        if (page != null) {
            // Out of stock whichever way Broadleaf records it (unavailable, or none left of a counted SKU).
            page.addObject("inStock", BroadleafCatalogAdapter.isSellable(product));
        }
        return page;
    }
}
