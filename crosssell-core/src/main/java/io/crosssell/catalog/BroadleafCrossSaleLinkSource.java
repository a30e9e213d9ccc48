package io.crosssell.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.RelatedProduct;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.Tier;

/**
 * Broadleaf's own cross-sale links (the product's Marketing tab), so a shop's existing data keeps
 * working; its up-sale links feed the upgrade placement in the same way. They rank as manual rules of
 * priority 0, in their Broadleaf sequence, and as explicit pairings the catalog's fit marks do not overrule.
 */
public class BroadleafCrossSaleLinkSource implements RecommendationSource {

    public static final String NAME = "broadleaf-link";

    private final CatalogService catalogService;
    private final TransactionTemplate readOnlyTransaction;

    public BroadleafCrossSaleLinkSource(CatalogService catalogService, PlatformTransactionManager transactionManager) {
        this.catalogService = catalogService;
        this.readOnlyTransaction = new TransactionTemplate(transactionManager);
        this.readOnlyTransaction.setReadOnly(true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean serves(Placement placement) {
        return true;
    }

    @Override
    public List<Candidate> candidatesFor(final long anchorProductId, final Placement placement) {
        return readOnlyTransaction.execute(new TransactionCallback<List<Candidate>>() {
            @Override
            public List<Candidate> doInTransaction(TransactionStatus status) {
                Product anchor = catalogService.findProductById(anchorProductId);
                if (anchor == null) {
                    return Collections.emptyList();
                }
                boolean upgrades = placement.offer() == Placement.Offer.UPGRADES;
                List<RelatedProduct> links = upgrades ? anchor.getUpSaleProducts() : anchor.getCrossSaleProducts();
                List<Candidate> candidates = new ArrayList<Candidate>(links.size());
                for (int i = 0; i < links.size(); i++) {
                    Product related = links.get(i).getRelatedProduct();
                    if (related != null && related.getId() != null) {
                        String message = links.get(i).getPromotionMessage();
                        Reason reason = new Reason(NAME, (upgrades ? "Broadleaf up-sale link" : "Broadleaf cross-sale link")
                                + (message == null || message.trim().isEmpty() ? "" : ": " + message.trim()));
                        candidates.add(Candidate.ranked(related.getId(), Tier.RULE, -(i + 1) / (double) (links.size() + 1), reason)
                                .asExplicitPairing());
                    }
                }
                return candidates;
            }
        });
    }
}
