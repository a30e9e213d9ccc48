package io.crosssell.bundle.dao;

import java.util.List;

import io.crosssell.bundle.domain.CrossSellBundle;
import io.crosssell.bundle.domain.CrossSellBundleItem;

/** Persistence of bundles (callers provide the transaction). */
public interface CrossSellBundleDao {

    CrossSellBundle create();

    CrossSellBundleItem createItem();

    CrossSellBundle save(CrossSellBundle bundle);

    CrossSellBundle readById(Long id);

    /** Every bundle, straight from the database (another process may have changed them). */
    List<CrossSellBundle> readAll();

    void delete(CrossSellBundle bundle);

    /** Changes whenever a bundle or a trial offer is added, changed or removed; cheap to read. */
    String readChangeFingerprint();

    /** Every trial offer, open or closed, as {offer id, bundle id} (closed ones still name past discounts). */
    List<Object[]> readTrialOffers();
}
