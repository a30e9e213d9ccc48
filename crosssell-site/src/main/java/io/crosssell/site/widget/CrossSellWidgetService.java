package io.crosssell.site.widget;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;

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

    private final CrossSellRecommendationService recommendations;
    private final CatalogService catalogService;

    public CrossSellWidgetService(CrossSellRecommendationService recommendations, CatalogService catalogService) {
        this.recommendations = recommendations;
        this.catalogService = catalogService;
    }

    /**
     * @param anchors the viewed product (fbt), the cart's products (cart) or the order's (confirmation)
     * @param excluded products never to offer (the cart's)
     * @param customerId a registered customer whose past purchases are left out, or null
     */
    public CrossSellWidget widget(Placement placement, Collection<Long> anchors, Collection<Long> excluded, Long customerId) {
        try {
            if (anchors.isEmpty()) {
                return CrossSellWidget.empty(placement.code());
            }
            List<CrossSellItemView> items = views(recommendations.recommend(RecommendationRequest.forPlacement(placement)
                    .anchors(anchors).exclude(excluded).customer(customerId).build()));
            CrossSellItemView anchor = placement == Placement.FBT
                    ? view(catalogService.findProductById(anchors.iterator().next()), null) : null;
            return new CrossSellWidget(placement.code(), anchor, items, total(anchor, items));
        } catch (RuntimeException e) {
            LOG.warn("Cross-sell widget '" + placement.code() + "' left out of the page: " + e, e);
            return CrossSellWidget.empty(placement.code());
        }
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

    static Money total(CrossSellItemView anchor, List<CrossSellItemView> items) {
        Money total = anchor == null || anchor.isNeedsOptions() || anchor.getPrice() == null ? null : anchor.getPrice();
        for (CrossSellItemView item : items) {
            if (!item.isNeedsOptions() && item.getPrice() != null) {
                total = total == null ? item.getPrice() : total.add(item.getPrice());
            }
        }
        return total;
    }

    private static CrossSellItemView view(Product product, RecommendedItem item) {
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
        Media image = sku.getSkuMedia() == null ? null : sku.getSkuMedia().get("primary");
        boolean needsOptions = product.getProductOptions() != null && !product.getProductOptions().isEmpty();
        return new CrossSellItemView(product.getId(), product.getName(), product.getUrl(),
                image == null ? null : image.getUrl(), sku.getPrice(), sku.isOnSale() ? sku.getRetailPrice() : null,
                needsOptions, reasons);
    }
}
