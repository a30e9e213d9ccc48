package io.crosssell.experiment;

import java.util.ArrayList;
import java.util.List;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.Strategy;

/**
 * What a visitor's widget looks like on a placement: the placement's defaults, overridden by the visitor's variant
 * when an experiment runs there. The widget, the add-to-cart and the pricing that must agree with it ask through this.
 */
public final class WidgetTreatment {

    private final PlacementDefaults defaults;
    private final Assignment assignment;

    public WidgetTreatment(PlacementDefaults defaults, Assignment assignment) {
        this.defaults = defaults == null ? PlacementDefaults.SHIPPED : defaults;
        this.assignment = assignment;
    }

    /** No experiment, shipped defaults. */
    public static WidgetTreatment none() {
        return new WidgetTreatment(PlacementDefaults.SHIPPED, null);
    }

    /** The visitor's variant, or null when no experiment runs on the placement. */
    public Assignment assignment() {
        return assignment;
    }

    /** Whether the widget shows at all (not for a holdout, nor for a placement switched off). */
    public boolean shows() {
        return assignment == null ? defaults.isEnabled() : !assignment.isHoldout();
    }

    public String title() {
        return assignment != null && assignment.title() != null ? assignment.title() : defaults.title();
    }

    /** Sets the request's number of items and strategy. */
    public RecommendationRequest.Builder apply(RecommendationRequest.Builder request) {
        int items = assignment != null && assignment.maxItems() > 0 ? assignment.maxItems() : defaults.maxItems();
        Strategy strategy = assignment != null && assignment.strategy() != null ? assignment.strategy() : defaults.strategy();
        if (items > 0) {
            request.limit(items);
        }
        return request.strategy(strategy);
    }

    /** The bundles as this visitor is offered them: a bundle discount variant's bundle at the variant's discount. */
    public List<BundleDefinition> bundles(List<BundleDefinition> bundles) {
        BundleDiscountLevel level = assignment == null ? null : assignment.bundleDiscount();
        if (level == null) {
            return bundles;
        }
        List<BundleDefinition> offered = new ArrayList<BundleDefinition>(bundles.size());
        for (BundleDefinition bundle : bundles) {
            offered.add(bundle.id() != null && bundle.id() == level.bundleId()
                    ? bundle.toBuilder().discount(bundle.discountType(), level.discount()).build() : bundle);
        }
        return offered;
    }

    /** The experiment id for tracked events, 0 for none. */
    public long experimentId() {
        return assignment == null ? 0 : assignment.experimentId();
    }

    /** The variant id for tracked events, 0 for none. */
    public long variantId() {
        return assignment == null ? 0 : assignment.variantId();
    }
}
