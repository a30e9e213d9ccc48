package io.crosssell.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryAttribute;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.recommend.CatalogStructure;
import io.crosssell.recommend.CatalogView;

/**
 * Answers the engine's catalog questions from Broadleaf's catalog. Answers are kept in memory and
 * dropped by {@link #refresh()} (the recommendation service calls it periodically), so the serving
 * path does no database work once warm.
 */
public class BroadleafCatalogAdapter implements CatalogView, CatalogStructure {

    /** Category attribute marking consumables (refills, tubes): customers may be offered them again. */
    public static final String CONSUMABLE_ATTRIBUTE = "crosssell.consumable";
    /**
     * Product or category attribute naming who a product is for, e.g. {@code kids} or {@code adult} (several
     * comma-separated). A product's own value wins over its nearest category's.
     */
    public static final String FIT_ATTRIBUTE = "crosssell.fit";

    private final CatalogService catalogService;
    private final TransactionTemplate readOnlyTransaction;

    private final ConcurrentHashMap<Long, Boolean> recommendable = new ConcurrentHashMap<Long, Boolean>();
    private final ConcurrentHashMap<Long, Boolean> consumable = new ConcurrentHashMap<Long, Boolean>();
    private final ConcurrentHashMap<Long, Set<Long>> categoriesOfProduct = new ConcurrentHashMap<Long, Set<Long>>();
    private final ConcurrentHashMap<Long, List<Long>> productsOfCategoryTree = new ConcurrentHashMap<Long, List<Long>>();
    private final ConcurrentHashMap<Long, String> categoryNames = new ConcurrentHashMap<Long, String>();
    private final ConcurrentHashMap<Long, Long> defaultCategories = new ConcurrentHashMap<Long, Long>();
    private final ConcurrentHashMap<Long, Set<String>> fitMarks = new ConcurrentHashMap<Long, Set<String>>();

    public BroadleafCatalogAdapter(CatalogService catalogService, PlatformTransactionManager transactionManager) {
        this.catalogService = catalogService;
        this.readOnlyTransaction = new TransactionTemplate(transactionManager);
        this.readOnlyTransaction.setReadOnly(true);
    }

    /** Forgets every answer, e.g. to see stock and activity changes made in the admin. */
    public void refresh() {
        recommendable.clear();
        consumable.clear();
        categoriesOfProduct.clear();
        productsOfCategoryTree.clear();
        categoryNames.clear();
        defaultCategories.clear();
        fitMarks.clear();
    }

    @Override
    public boolean isRecommendable(final long productId) {
        return remembered(recommendable, productId, new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return isSellable(catalogService.findProductById(productId));
            }
        });
    }

    /** Active (dates, archive flag), default SKU active and in stock. */
    public static boolean isSellable(Product product) {
        if (product == null || !product.isActive()) {
            return false;
        }
        Sku sku = product.getDefaultSku();
        return sku != null && sku.isActive() && isInStock(sku);
    }

    /**
     * Not marked unavailable and, for inventory Broadleaf counts ({@code CHECK_QUANTITY}), at least one left. No
     * inventory type means always available, as in Broadleaf's own availability check.
     */
    public static boolean isInStock(Sku sku) {
        if (sku == null || InventoryType.UNAVAILABLE.equals(sku.getInventoryType()) || Boolean.FALSE.equals(sku.isAvailable())) {
            return false;
        }
        if (InventoryType.CHECK_QUANTITY.equals(sku.getInventoryType())) {
            Integer left = sku.getQuantityAvailable();
            return left != null && left > 0;
        }
        return true;
    }

    /**
     * Unmarked products go with everything; two marked products go together when they share a mark, so a
     * kids' bike gets the kids' helmet and no adult lock.
     */
    @Override
    public boolean fits(long anchorProductId, long productId) {
        Set<String> anchorMarks = fitMarksOf(anchorProductId);
        Set<String> productMarks = fitMarksOf(productId);
        return anchorMarks.isEmpty() || productMarks.isEmpty() || !Collections.disjoint(anchorMarks, productMarks);
    }

    /** The product's {@value #FIT_ATTRIBUTE} values, its own or else its nearest category's; empty when unmarked. */
    public Set<String> fitMarksOf(final long productId) {
        return remembered(fitMarks, productId, new TransactionCallback<Set<String>>() {
            @Override
            public Set<String> doInTransaction(TransactionStatus status) {
                Product product = catalogService.findProductById(productId);
                if (product == null) {
                    return Collections.emptySet();
                }
                ProductAttribute own = product.getProductAttributes() == null ? null
                        : product.getProductAttributes().get(FIT_ATTRIBUTE);
                if (own != null) {
                    return marks(own.getValue());
                }
                for (Category category : categoriesOf(product)) {
                    CategoryAttribute mark = category.getCategoryAttributesMap().get(FIT_ATTRIBUTE);
                    if (mark != null) {
                        return marks(mark.getValue());
                    }
                }
                return Collections.emptySet();
            }
        });
    }

    private static Set<String> marks(String value) {
        Set<String> marks = new LinkedHashSet<String>();
        for (String mark : (value == null ? "" : value).split(",")) {
            if (!mark.trim().isEmpty()) {
                marks.add(mark.trim().toLowerCase(Locale.ROOT));
            }
        }
        return Collections.unmodifiableSet(marks);
    }

    /** The product's default category: in Broadleaf the one it is listed under, its most specific. */
    @Override
    public Long leafCategoryOf(long productId) {
        return defaultCategoryOf(productId);
    }

    /** Whether the product lies in a category (or below one) marked {@value #CONSUMABLE_ATTRIBUTE}. */
    @Override
    public boolean isConsumable(final long productId) {
        return remembered(consumable, productId, new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                for (Category category : categoriesOf(catalogService.findProductById(productId))) {
                    CategoryAttribute flag = category.getCategoryAttributesMap().get(CONSUMABLE_ATTRIBUTE);
                    if (flag != null && "true".equalsIgnoreCase(flag.getValue())) {
                        return true;
                    }
                }
                return false;
            }
        });
    }

    @Override
    public Set<Long> categoriesWithAncestorsOf(final long productId) {
        return remembered(categoriesOfProduct, productId, new TransactionCallback<Set<Long>>() {
            @Override
            public Set<Long> doInTransaction(TransactionStatus status) {
                Set<Long> ids = new LinkedHashSet<Long>();
                for (Category category : categoriesOf(catalogService.findProductById(productId))) {
                    ids.add(category.getId());
                }
                return Collections.unmodifiableSet(ids);
            }
        });
    }

    @Override
    public List<Long> productsInCategoryTree(final long categoryId) {
        return remembered(productsOfCategoryTree, categoryId, new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                Set<Long> ids = new LinkedHashSet<Long>();
                collectProducts(catalogService.findCategoryById(categoryId), ids, new java.util.HashSet<Long>());
                return Collections.unmodifiableList(new ArrayList<Long>(ids));
            }
        });
    }

    @Override
    public String categoryName(final long categoryId) {
        return remembered(categoryNames, categoryId, new TransactionCallback<String>() {
            @Override
            public String doInTransaction(TransactionStatus status) {
                Category category = catalogService.findCategoryById(categoryId);
                return category == null ? String.valueOf(categoryId) : category.getName();
            }
        });
    }

    @Override
    public Long defaultCategoryOf(final long productId) {
        // -1 stands for "none": the map cannot hold null.
        long categoryId = remembered(defaultCategories, productId, new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Product product = catalogService.findProductById(productId);
                Category category = product == null ? null : product.getDefaultCategory();
                return category == null ? -1L : category.getId();
            }
        });
        return categoryId == -1L ? null : categoryId;
    }

    /** The product's categories and their ancestors, nearest first; guards against cycles in the tree. */
    private static Set<Category> categoriesOf(Product product) {
        Set<Category> result = new LinkedHashSet<Category>();
        if (product == null) {
            return result;
        }
        List<Category> direct = new ArrayList<Category>();
        if (product.getDefaultCategory() != null) {
            direct.add(product.getDefaultCategory());
        }
        for (CategoryProductXref xref : product.getAllParentCategoryXrefs()) {
            direct.add(xref.getCategory());
        }
        for (Category category : direct) {
            Category current = category;
            while (current != null && result.add(current)) {
                current = current.getDefaultParentCategory();
            }
        }
        return result;
    }

    private void collectProducts(Category category, Set<Long> into, Set<Long> visited) {
        if (category == null || !visited.add(category.getId()) || !category.isActive()) {
            return;
        }
        for (Product product : catalogService.findActiveProductsByCategory(category)) {
            into.add(product.getId());
        }
        for (CategoryXref child : category.getAllChildCategoryXrefs()) {
            collectProducts(child.getSubCategory(), into, visited);
        }
    }

    /** The cached answer, or the loader's answer (read in one read-only transaction), then cached. */
    private <T> T remembered(ConcurrentHashMap<Long, T> cache, long key, TransactionCallback<T> loader) {
        T known = cache.get(key);
        if (known == null) {
            known = readOnlyTransaction.execute(loader);
            cache.put(key, known);
        }
        return known;
    }
}
