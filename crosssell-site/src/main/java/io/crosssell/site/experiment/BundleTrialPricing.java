package io.crosssell.site.experiment;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.AbstractOfferServiceExtensionHandler;
import org.broadleafcommerce.core.offer.service.OfferServiceExtensionManager;

import io.crosssell.bundle.service.BundleService;
import io.crosssell.experiment.Assignment;
import io.crosssell.experiment.ExperimentAssigner;
import io.crosssell.experiment.service.ExperimentService;
import io.crosssell.recommend.Placement;
import io.crosssell.site.widget.CrossSellProcessor;
import io.crosssell.tracking.VisitorCookie;

/**
 * Prices a bundle discount variant: when the shopper of this request is in such a variant of the running fbt
 * experiment, the bundle's own offer is swapped for the variant's trial offer in the offers Broadleaf considers for
 * the order. Trial offers are never automatic, so anything that goes wrong here (no request, no visitor, a failed
 * read) leaves Broadleaf's own list: the bundle's usual discount, never two.
 */
public class BundleTrialPricing extends AbstractOfferServiceExtensionHandler {

    private static final Log LOG = LogFactory.getLog(BundleTrialPricing.class);

    @Resource(name = "blOfferServiceExtensionManager")
    protected OfferServiceExtensionManager extensionManager;

    private final ExperimentService experiments;
    private final BundleService bundles;
    private final OfferDao offerDao;

    public BundleTrialPricing(ExperimentService experiments, BundleService bundles, OfferDao offerDao) {
        this.experiments = experiments;
        this.bundles = bundles;
        this.offerDao = offerDao;
    }

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType applyAdditionalFilters(List<Offer> offers) {
        try {
            String visitorKey = currentVisitorKey();
            Assignment assignment = visitorKey == null ? null : experiments.treatment(Placement.FBT, visitorKey).assignment();
            Long trialOfferId = assignment == null ? null : assignment.trialOfferId();
            if (trialOfferId == null) {
                return ExtensionResultStatusType.NOT_HANDLED;
            }
            List<Offer> priced = swapped(offers, assignment.bundleDiscount().bundleId(), trialOfferId, bundles.bundleIdsByOfferId());
            if (priced == null) {
                return ExtensionResultStatusType.NOT_HANDLED;
            }
            offers.clear();
            offers.addAll(priced);
            return ExtensionResultStatusType.HANDLED_CONTINUE;
        } catch (RuntimeException e) {
            LOG.warn("Bundle trial pricing skipped; the bundle's own discount applies: " + e);
            return ExtensionResultStatusType.NOT_HANDLED;
        }
    }

    /**
     * The offers with the bundle's own offer replaced by the trial offer, or null to leave them as they are: when the
     * bundle's offer is not among them (inactive, out of its dates) or the trial offer is closed.
     */
    List<Offer> swapped(List<Offer> offers, long bundleId, long trialOfferId, Map<Long, Long> bundleIdsByOfferId) {
        List<Offer> priced = new ArrayList<Offer>(offers.size());
        boolean replaced = false;
        for (Offer offer : offers) {
            Long bundle = offer.getId() == null ? null : bundleIdsByOfferId.get(offer.getId());
            if (bundle != null && bundle == bundleId && !offer.getId().equals(trialOfferId)) {
                replaced = true;
            } else {
                priced.add(offer);
            }
        }
        // Unknown to the bundle service yet: the cart could not name the discount, so the bundle's own applies meanwhile.
        if (!replaced || !Long.valueOf(bundleId).equals(bundleIdsByOfferId.get(trialOfferId))) {
            return null;
        }
        Offer trial = offerDao.readOfferById(trialOfferId);
        if (trial == null || Character.valueOf('Y').equals(trial.getArchived()) || (trial.getEndDate() != null && !trial.getEndDate().after(new Date()))) {
            return null;
        }
        priced.add(trial);
        return priced;
    }

    /** The experiment visitor of the current storefront request (customer when signed in, else the cookie), or null. */
    private static String currentVisitorKey() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        if (request == null) {
            return null;
        }
        return ExperimentAssigner.visitorKey(CrossSellProcessor.registeredCustomerId(), VisitorCookie.read(request));
    }
}
