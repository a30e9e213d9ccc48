package io.crosssell.bundle.service;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteria;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteriaImpl;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferItemRestrictionRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;

import io.crosssell.bundle.BundleDiscountType;
import io.crosssell.bundle.domain.CrossSellBundle;
import io.crosssell.bundle.domain.CrossSellBundleItem;

/**
 * Realises a bundle as an auto-applied Broadleaf item offer, so Broadleaf's own pricing workflow applies it,
 * records the adjustments on the order and reports on it like any promotion.
 * <ul>
 * <li>Percent off: every member is a target criterion (quantity 1), PERCENT_OFF.</li>
 * <li>Amount off: Broadleaf's AMOUNT_OFF comes off every target unit, so the bundle's first product is the only
 * target and the other members are qualifiers: exactly the amount per complete set, booked on that product.</li>
 * <li>Unlimited uses per order: the discount applies once per complete set. Combinable, not totalitarian, and
 * target/qualifier restriction NONE: a unit earns at most one bundle discount, and Broadleaf keeps the best
 * combination when bundles overlap.</li>
 * <li>Inactive or deleted bundle: the offer is archived (never removed, past orders point at it).</li>
 * </ul>
 */
public class BundleOfferSynchronizer {

    static final String PRODUCT_RULE = "discreteOrderItem.?product.?id == %d";
    // Any product sitting directly in the category (Broadleaf's own category rules test the same xrefs).
    static final String CATEGORY_RULE = "discreteOrderItem.?product != null"
            + " && (category.id in discreteOrderItem.product.allParentCategoryXrefs).contains(%dL)";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final OfferDao offerDao;
    private final EntityConfiguration entityConfiguration;

    public BundleOfferSynchronizer(OfferDao offerDao, EntityConfiguration entityConfiguration) {
        this.offerDao = offerDao;
        this.entityConfiguration = entityConfiguration;
    }

    /** Creates or updates the bundle's offer to match it; call inside the transaction that saves the bundle. */
    public Offer synchronize(CrossSellBundle bundle) {
        Offer offer = bundle.getOffer() == null ? offerDao.create() : bundle.getOffer();
        List<OfferItemCriteria> replaced = new ArrayList<OfferItemCriteria>();
        if (offer.getTargetItemCriteria() != null) {
            replaced.addAll(offer.getTargetItemCriteria());
        }
        if (offer.getQualifyingItemCriteria() != null) {
            replaced.addAll(offer.getQualifyingItemCriteria());
        }

        offer.setName("Bundle " + (bundle.getId() == null ? "" : bundle.getId() + " ") + "- " + bundle.getName());
        offer.setDescription("Kept in step with cross-sell bundle " + bundle.getId()
                + "; change the bundle, not this offer.");
        offer.setMarketingMessage(bundle.getName());
        offer.setType(OfferType.ORDER_ITEM);
        boolean percent = bundle.getDiscountType() == BundleDiscountType.PERCENT;
        offer.setDiscountType(percent ? OfferDiscountType.PERCENT_OFF : OfferDiscountType.AMOUNT_OFF);
        offer.setValue(bundle.getDiscountValue());
        offer.setStartDate(bundle.getStartDate() != null ? bundle.getStartDate()
                : offer.getStartDate() != null ? offer.getStartDate() : dayBefore(new Date()));
        offer.setEndDate(bundle.getEndDate());
        offer.setAutomaticallyAdded(true);
        offer.setCombinableWithOtherOffers(true);
        offer.setTotalitarianOffer(false);
        offer.setMaxUsesPerOrder(0);
        offer.setApplyDiscountToSalePrice(true);
        offer.setOfferItemQualifierRuleType(OfferItemRestrictionRuleType.NONE);
        offer.setOfferItemTargetRuleType(OfferItemRestrictionRuleType.NONE);
        offer.setArchived(bundle.isActive() ? 'N' : 'Y');

        Set<OfferItemCriteria> targets = new HashSet<OfferItemCriteria>();
        Set<OfferItemCriteria> qualifiers = new HashSet<OfferItemCriteria>();
        boolean carrierChosen = false;
        for (CrossSellBundleItem item : bundle.getItems()) {
            OfferItemCriteria criteria = criteriaFor(item);
            if (percent || (!carrierChosen && item.getProduct() != null)) {
                targets.add(criteria);
                carrierChosen = true;
            } else {
                qualifiers.add(criteria);
            }
        }
        // New sets: OfferImpl answers an empty target set of an item offer with an unmodifiable placeholder.
        offer.setTargetItemCriteria(targets);
        offer.setQualifyingItemCriteria(qualifiers);
        Offer saved = offerDao.save(offer);
        // Broadleaf's criteria tables keep rows it no longer links to; this offer owns its criteria alone.
        for (OfferItemCriteria old : replaced) {
            if (old.getId() != null) {
                OfferItemCriteria managed = em.find(OfferItemCriteriaImpl.class, old.getId());
                if (managed != null) {
                    em.remove(managed);
                }
            }
        }
        return saved;
    }

    /** Stops the offer for good: archived offers are never applied, and past orders keep theirs. */
    public void retire(Offer offer) {
        if (offer != null) {
            offer.setArchived('Y');
            offer.setEndDate(new Date());
            offerDao.save(offer);
        }
    }

    private OfferItemCriteria criteriaFor(CrossSellBundleItem item) {
        OfferItemCriteria criteria = entityConfiguration.createEntityInstance(OfferItemCriteria.class.getName(),
                OfferItemCriteria.class);
        criteria.setQuantity(1);
        criteria.setMatchRule(item.getProduct() != null
                ? String.format(PRODUCT_RULE, item.getProduct().getId())
                : String.format(CATEGORY_RULE, item.getCategory().getId()));
        return criteria;
    }

    private static Date dayBefore(Date moment) {
        return new Date(moment.getTime() - 24L * 60 * 60 * 1000);
    }
}
