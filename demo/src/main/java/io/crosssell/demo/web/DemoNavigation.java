package io.crosssell.demo.web;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Component;

/** The storefront's top navigation: the active sub-categories of the demo's "Shop" category. */
@Component("demoNavigation")
public class DemoNavigation {

    static final long SHOP_CATEGORY_ID = 2L;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    public List<Category> categories() {
        List<Category> result = new ArrayList<Category>();
        Category shop = catalogService.findCategoryById(SHOP_CATEGORY_ID);
        if (shop != null) {
            for (Category category : shop.getChildCategories()) {
                if (category.isActive()) {
                    result.add(category);
                }
            }
        }
        return result;
    }
}
