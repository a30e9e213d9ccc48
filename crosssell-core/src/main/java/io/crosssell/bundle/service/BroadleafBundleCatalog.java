package io.crosssell.bundle.service;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import io.crosssell.bundle.BundleCatalog;

/** Answers bundle validation's catalog questions from Broadleaf's catalog (inside the caller's transaction). */
public class BroadleafBundleCatalog implements BundleCatalog {

    private final CatalogService catalogService;

    public BroadleafBundleCatalog(CatalogService catalogService) {
        this.catalogService = catalogService;
    }

    @Override
    public ProductFacts product(long productId) {
        Product product = catalogService.findProductById(productId);
        if (product == null) {
            return null;
        }
        Sku sku = product.getDefaultSku();
        boolean active = product.isActive() && sku != null && sku.isActive();
        boolean discountable = sku != null && Boolean.TRUE.equals(sku.isDiscountable());
        return new ProductFacts(product.getName(), active, discountable,
                sku == null || sku.getPrice() == null ? null : sku.getPrice().getAmount());
    }

    @Override
    public String categoryName(long categoryId) {
        Category category = catalogService.findCategoryById(categoryId);
        return category == null ? null : category.getName();
    }
}
