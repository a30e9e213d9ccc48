package io.crosssell.site.widget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.BundleMember;
import io.crosssell.bundle.BundlePricing;
import io.crosssell.bundle.service.BundleService;
import io.crosssell.catalog.BroadleafCatalogAdapter;
import io.crosssell.experiment.WidgetTreatment;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.RecommendedItem;
import io.crosssell.recommend.Recommendations;
import io.crosssell.recommend.service.CrossSellRecommendationService;

/**
 * Builds widget view models from recommendations. Never throws: a failure gives an empty widget and
 * the page renders without it.
 */
public class CrossSellWidgetService {

    private static final Log LOG = LogFactory.getLog(CrossSellWidgetService.class);
    /** The SKU media key of a product's main picture, as Broadleaf's own templates use it. */
    private static final String PRIMARY_MEDIA = "primary";

    private final CrossSellRecommendationService recommendations;
    private final CatalogService catalogService;
    private final BundleService bundles;
    private final CrossSellThumbnails thumbnails;
    private volatile boolean enabled = true;

    public CrossSellWidgetService(CrossSellRecommendationService recommendations, CatalogService catalogService,
            BundleService bundles, CrossSellThumbnails thumbnails) {
        this.recommendations = recommendations;
        this.catalogService = catalogService;
        this.bundles = bundles;
        this.thumbnails = thumbnails;
    }

    /** Off: every widget is empty (a kill switch for the shop, and the page-cost benchmark's baseline). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /**
     * @param anchors the viewed product (fbt), the cart's products (cart) or the order's (confirmation)
     * @param excluded products never to offer (the cart's)
     * @param customerId a registered customer whose past purchases are left out, or null
     */
    public CrossSellWidget widget(Placement placement, Collection<Long> anchors, Collection<Long> excluded, Long customerId) {
        return widget(placement, anchors, excluded, customerId, WidgetTreatment.none());
    }

    /** @param treatment the placement's defaults and the visitor's experiment variant: shown or not, items, title, strategy */
    public CrossSellWidget widget(Placement placement, Collection<Long> anchors, Collection<Long> excluded, Long customerId,
            WidgetTreatment treatment) {
        return widget(placement, anchors, excluded, customerId, Collections.<Long>emptyList(), treatment);
    }

    /**
     * @param recentlyViewed what the shopper viewed lately, most recent first: the personal placement's anchors, and
     *        what the other placements' lists favour complements of
     */
    public CrossSellWidget widget(Placement placement, Collection<Long> anchors, Collection<Long> excluded, Long customerId,
            List<Long> recentlyViewed, WidgetTreatment treatment) {
        try {
            boolean fromHistory = placement.anchors() == Placement.Anchors.HISTORY;
            if (!enabled || (anchors.isEmpty() && !fromHistory) || !treatment.shows()) {
                return CrossSellWidget.empty(placement.code());
            }
            List<CrossSellItemView> items = views(recommendations.recommend(treatment.apply(RecommendationRequest.forPlacement(placement)
                    .anchors(anchors).exclude(excluded).customer(customerId).recentlyViewed(recentlyViewed)).build()));
            CrossSellItemView anchor = placement.isOnProductPage() ? anchorView(anchors.iterator().next()) : null;
            CrossSellWidget widget = new CrossSellWidget(placement.code(), anchor, items, total(anchor, items)).titled(treatment.title());
            // Bundles are sets of complements; an upgrade replaces the anchor instead of completing a set with it.
            CrossSellBundleView bundle = anchor == null || placement.offer() != Placement.Offer.COMPLEMENTS ? null
                    : completedBundle(anchor, items, treatment);
            return bundle == null ? widget : widget.withBundle(bundle);
        } catch (RuntimeException e) {
            LOG.warn("Cross-sell widget '" + placement.code() + "' left out of the page: " + e, e);
            return CrossSellWidget.empty(placement.code());
        }
    }

    /** The viewed product; out of stock, it is shown by name only, so "add all" never includes it. */
    private CrossSellItemView anchorView(Long productId) {
        Product product = catalogService.findProductById(productId);
        CrossSellItemView anchor = view(product, null);
        return anchor == null || BroadleafCatalogAdapter.isSellable(product) ? anchor : anchor.outOfStock();
    }

    /** A product's name for a shopper-facing message, or null when there is no such product. */
    public String productName(long productId) {
        Product product = catalogService.findProductById(productId);
        return product == null ? null : product.getName();
    }

    /** The recommended items as shoppers and the JSON API see them, priced from the catalog. */
    public List<CrossSellItemView> views(Recommendations result) {
        List<CrossSellItemView> items = new ArrayList<CrossSellItemView>(result.items().size());
        for (RecommendedItem item : result.items()) {
            CrossSellItemView view = view(catalogService.findProductById(item.productId()), item);
            if (view != null) {
                items.add(view);
            }
        }
        return items;
    }

    /** The bundle the anchor and the shown items complete, if one does; a failure only hides the saving. */
    private CrossSellBundleView completedBundle(CrossSellItemView anchor, List<CrossSellItemView> items, WidgetTreatment treatment) {
        try {
            // A bundle discount variant's visitors are offered (and charged, see BundleTrialPricing) its level.
            List<BundleDefinition> candidates = treatment.bundles(bundles.bundles());
            if (candidates.isEmpty() || anchor.isNeedsOptions() || !anchor.isPurchasable()) {
                return null;
            }
            Map<Long, BigDecimal> shown = new LinkedHashMap<Long, BigDecimal>();
            Map<Long, Money> prices = new HashMap<Long, Money>();
            Map<Long, String> names = new HashMap<Long, String>();
            for (CrossSellItemView view : all(anchor, items)) {
                if (!view.isNeedsOptions() && view.getPrice() != null) {
                    shown.put(view.getProductId(), view.getPrice().getAmount());
                    prices.put(view.getProductId(), view.getPrice());
                    names.put(view.getProductId(), view.getName());
                }
            }
            BundlePricing.Quote quote = BundlePricing.bestCompletedBy(candidates, anchor.getProductId(), shown,
                    categoriesIfNeeded(candidates, shown.keySet()), new Date());
            if (quote == null) {
                return null;
            }
            Money currency = prices.get(anchor.getProductId());
            Money saving = new Money(quote.saving(), currency.getCurrency());
            // Named in the order the widget shows them (the row of pictures), not the bundle's own.
            List<String> itemNames = new ArrayList<String>(quote.productIds().size());
            for (Long productId : shown.keySet()) {
                if (quote.productIds().contains(productId)) {
                    itemNames.add(names.get(productId));
                }
            }
            return new CrossSellBundleView(quote.bundle().name(), quote.productIds(), itemNames, saving,
                    new Money(quote.setPrice(), currency.getCurrency()).subtract(saving));
        } catch (RuntimeException e) {
            LOG.warn("Bundle saving left out of the widget: " + e, e);
            return null;
        }
    }

    /** Direct categories of the shown products, read only when some bundle has a category member. */
    private Map<Long, Set<Long>> categoriesIfNeeded(List<BundleDefinition> candidates, Set<Long> productIds) {
        boolean needed = false;
        for (BundleDefinition bundle : candidates) {
            for (BundleMember member : bundle.members()) {
                needed |= !member.isProduct();
            }
        }
        Map<Long, Set<Long>> categories = new HashMap<Long, Set<Long>>();
        if (!needed) {
            return categories;
        }
        for (Long productId : productIds) {
            Set<Long> ids = new HashSet<Long>();
            Product product = catalogService.findProductById(productId);
            if (product != null && product.getAllParentCategoryXrefs() != null) {
                for (CategoryProductXref xref : product.getAllParentCategoryXrefs()) {
                    if (xref.getCategory() != null) {
                        ids.add(xref.getCategory().getId());
                    }
                }
            }
            categories.put(productId, ids);
        }
        return categories;
    }

    private static List<CrossSellItemView> all(CrossSellItemView anchor, List<CrossSellItemView> items) {
        List<CrossSellItemView> all = new ArrayList<CrossSellItemView>(items.size() + 1);
        all.add(anchor);
        all.addAll(items);
        return all;
    }

    static Money total(CrossSellItemView anchor, List<CrossSellItemView> items) {
        Money total = anchor == null || !anchor.isPurchasable() || anchor.isNeedsOptions() || anchor.getPrice() == null
                ? null : anchor.getPrice();
        for (CrossSellItemView item : items) {
            if (!item.isNeedsOptions() && item.getPrice() != null) {
                total = total == null ? item.getPrice() : total.add(item.getPrice());
            }
        }
        return total;
    }

    private CrossSellItemView view(Product product, RecommendedItem item) {
        if (product == null || product.getDefaultSku() == null) {
            return null;
        }
        Sku sku = product.getDefaultSku();
        List<String> reasons = new ArrayList<String>();
        if (item != null) {
            for (Reason reason : item.reasons()) {
                reasons.add(reason.text());
            }
        }
        Media image = sku.getSkuMedia() == null ? null : sku.getSkuMedia().get(PRIMARY_MEDIA);
        boolean needsOptions = product.getProductOptions() != null && !product.getProductOptions().isEmpty();
        return new CrossSellItemView(product.getId(), product.getName(), product.getUrl(),
                thumbnails.image(image, PRIMARY_MEDIA, product.getName()), sku.getPrice(), sku.isOnSale() ? sku.getRetailPrice() : null,
                needsOptions, reasons);
    }
}
