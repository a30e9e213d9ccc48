package io.crosssell.demo.web;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The demo shop's home page: featured products of every category. */
@Controller
public class DemoHomeController {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "demoNavigation")
    protected DemoNavigation navigation;

    @RequestMapping("/")
    public String home(Model model) {
        List<Product> featured = new ArrayList<Product>();
        for (Category category : navigation.categories()) {
            for (Product product : catalogService.findActiveProductsByCategory(category)) {
                if (product.isFeaturedProduct()) {
                    featured.add(product);
                }
            }
        }
        model.addAttribute("featuredProducts", featured);
        return "catalog/home";
    }
}
