package io.crosssell.bundle.service;

import java.math.BigDecimal;
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
import io.crosssell.bundle.domain.BundleTrialOffer;
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
 * <li>Trial offers (an experiment's other discount level) follow the bundle the same way, with their own value.</li>
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

    /**
     * Creates or updates the bundle's offer to match it, and every open trial offer of the bundle (same members and
     * dates, their own discount); call inside the transaction that saves the bundle.
     */
    public Offer synchronize(CrossSellBundle bundle) {
        Offer saved = write(bundle.getOffer() == null ? offerDao.create() : bundle.getOffer(), bundle, bundle.getDiscountValue(), null);
        for (BundleTrialOffer trial : openTrials(bundle.getId())) {
            Offer offer = offerDao.readOfferById(trial.getOfferId());
            if (offer != null) {
                write(offer, bundle, trial.getDiscountValue(), trial.getLabel());
            }
        }
        return saved;
    }

    /**
     * A new offer pricing the bundle at another discount, never applied automatically (pricing hands it to the visitors
     * it is meant for); call inside the transaction that records who uses it.
     */
    public Offer openTrial(CrossSellBundle bundle, BigDecimal discountValue, String label) {
        Offer offer = write(offerDao.create(), bundle, discountValue, label);
        em.persist(new BundleTrialOffer(offer.getId(), bundle.getId(), discountValue, label));
        return offer;
    }

    /** Archives a trial offer; its row stays, closed, for the orders it priced. */
    public void closeTrial(long offerId) {
        BundleTrialOffer trial = em.find(BundleTrialOffer.class, offerId);
        if (trial != null && trial.isOpen()) {
            trial.close();
            retire(offerDao.readOfferById(offerId));
        }
    }

    /** The bundle's open trial offers. */
    public List<BundleTrialOffer> openTrials(Long bundleId) {
        if (bundleId == null) {
            return new ArrayList<BundleTrialOffer>();
        }
        return em.createQuery("SELECT t FROM BundleTrialOffer t WHERE t.bundleId = :bundle AND t.open = true", BundleTrialOffer.class)
                .setParameter("bundle", bundleId).getResultList();
    }

    /** @param trialLabel null for the bundle's own, automatic offer */
    private Offer write(Offer offer, CrossSellBundle bundle, BigDecimal value, String trialLabel) {
        List<OfferItemCriteria> replaced = new ArrayList<OfferItemCriteria>();
        if (offer.getTargetItemCriteria() != null) {
            replaced.addAll(offer.getTargetItemCriteria());
        }
        if (offer.getQualifyingItemCriteria() != null) {
            replaced.addAll(offer.getQualifyingItemCriteria());
        }

        boolean trial = trialLabel != null;
        offer.setName("Bundle " + (bundle.getId() == null ? "" : bundle.getId() + " ") + "- " + bundle.getName()
                + (trial ? " (" + trialLabel + ")" : ""));
        offer.setDescription(trial ? "Prices cross-sell bundle " + bundle.getId() + " for one experiment variant only ("
                + trialLabel + "); ended with the experiment." : "Kept in step with cross-sell bundle " + bundle.getId()
                + "; change the bundle, not this offer.");
        offer.setMarketingMessage(bundle.getName());
        offer.setType(OfferType.ORDER_ITEM);
        boolean percent = bundle.getDiscountType() == BundleDiscountType.PERCENT;
        offer.setDiscountType(percent ? OfferDiscountType.PERCENT_OFF : OfferDiscountType.AMOUNT_OFF);
        offer.setValue(value);
        offer.setStartDate(bundle.getStartDate() != null ? bundle.getStartDate()
                : offer.getStartDate() != null ? offer.getStartDate() : dayBefore(new Date()));
        offer.setEndDate(bundle.getEndDate());
        // A trial offer is never picked up by Broadleaf's automatic offers: only the visitors of its variant get it.
        offer.setAutomaticallyAdded(!trial);
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
