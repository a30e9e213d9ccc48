package io.crosssell.demo.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.web.catalog.CategoryHandlerMapping;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafCategoryController;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/** Broadleaf's category page; an inactive category answers 404. */
@Controller("blCategoryController")
public class DemoCategoryController extends BroadleafCategoryController {

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Category category = (Category) request.getAttribute(CategoryHandlerMapping.CURRENT_CATEGORY_ATTRIBUTE_NAME);
        if (category == null || !category.isActive()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        return super.handleRequest(request, response);
    }
}
