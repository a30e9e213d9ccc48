package io.crosssell.bundle.service;

import java.util.List;
import java.util.Map;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.BundleValidationException;
import io.crosssell.bundle.BundleValidator;

/**
 * Creates, changes and removes bundles, each together with the Broadleaf offer that prices it, in one
 * transaction: a bundle that fails validation (or whose offer cannot be saved) changes nothing.
 */
public interface BundleService {

    /** @throws BundleValidationException listing every problem; nothing is saved then */
    BundleDefinition create(BundleDefinition bundle);

    /** Replaces the bundle's definition (deactivate with {@code active(false)}). */
    BundleDefinition update(long bundleId, BundleDefinition bundle);

    /** Removes the bundle; its offer is archived, so past orders keep their discounts. */
    void delete(long bundleId);

    /** Every problem that would stop the bundle from being saved (empty when it may be saved). */
    List<String> problems(BundleDefinition bundle);

    /** {@link #problems}, each with the bundle field it concerns (for forms). */
    List<BundleValidator.Problem> problemsAt(BundleDefinition bundle);

    BundleDefinition read(long bundleId);

    /** Every bundle, as of at most a few seconds ago (changes from another process included). */
    List<BundleDefinition> bundles();

    /** Bundle names by the id of the Broadleaf offer realising them, for naming discounts on a cart or order. */
    Map<Long, String> bundleNamesByOfferId();

    /** Bundle ids by the id of the Broadleaf offer realising them (for attributing a bundle's saving). */
    Map<Long, Long> bundleIdsByOfferId();

    /**
     * Opens a trial offer: the bundle at another discount (percent or amount, the bundle's own kind), never applied
     * automatically; pricing hands it to an experiment variant's visitors instead of the bundle's offer. Joins the
     * caller's transaction. The bundle's kind of discount cannot change while a trial is open.
     * @return the trial offer's id
     * @throws BundleValidationException for an unknown bundle or a discount that does not fit it
     */
    long openTrialOffer(long bundleId, java.math.BigDecimal discountValue, String label);

    /** Forgets what {@link #bundles()} and the offer maps last read, so the next call reads them again. */
    void refresh();

    /** Archives a trial offer (a no-op for one already closed). Joins the caller's transaction. */
    void closeTrialOffer(long offerId);
}
