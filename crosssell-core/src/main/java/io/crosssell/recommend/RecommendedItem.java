package io.crosssell.recommend;

import java.util.Collections;
import java.util.List;

/** One product to show, with every reason the sources gave for it. */
public final class RecommendedItem {

    private final long productId;
    private final Tier tier;
    private final List<Reason> reasons;

    RecommendedItem(long productId, Tier tier, List<Reason> reasons) {
        this.productId = productId;
        this.tier = tier;
        this.reasons = Collections.unmodifiableList(reasons);
    }

    public long productId() {
        return productId;
    }

    public Tier tier() {
        return tier;
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
