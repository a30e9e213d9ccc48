package io.crosssell.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.crosssell.bundle.BundleDefinition;

import io.crosssell.recommend.Placement;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.Strategy;

class WidgetTreatmentTest {

    private static Assignment in(Treatment treatment, String value) {
        return new Assignment(7L, new VariantSpec(3L, "B", 50, false, treatment, value));
    }

    private static RecommendationRequest asked(WidgetTreatment treatment) {
        return treatment.apply(RecommendationRequest.forPlacement(Placement.FBT).anchor(101)).build();
    }

    @Test
    void aHoldoutShowsNothingAndAPlacementSwitchedOffByAWinnerNeither() {
        assertThat(new WidgetTreatment(PlacementDefaults.SHIPPED, in(Treatment.HOLDOUT, null)).shows()).isFalse();
        assertThat(new WidgetTreatment(new PlacementDefaults(false, 0, null, null), null).shows()).isFalse();
        assertThat(WidgetTreatment.none().shows()).isTrue();
    }

    @Test
    void aVariantsItemsTitleAndStrategyWinOverTheDefaults() {
        PlacementDefaults defaults = new PlacementDefaults(true, 2, "Complete the look", Strategy.RULES_AND_MINED);

        assertThat(asked(new WidgetTreatment(defaults, null)).limit()).isEqualTo(2);
        assertThat(asked(new WidgetTreatment(defaults, null)).strategy()).isEqualTo(Strategy.RULES_AND_MINED);
        assertThat(asked(new WidgetTreatment(defaults, in(Treatment.MAX_ITEMS, "4"))).limit()).isEqualTo(4);
        assertThat(asked(new WidgetTreatment(defaults, in(Treatment.STRATEGY, "MINED_ONLY"))).strategy()).isEqualTo(Strategy.MINED_ONLY);
        assertThat(new WidgetTreatment(defaults, in(Treatment.TITLE, "Riders also took")).title()).isEqualTo("Riders also took");
        assertThat(new WidgetTreatment(defaults, in(Treatment.SAME, null)).title()).isEqualTo("Complete the look");
    }

    @Test
    void eventsCarryTheExperimentAndVariant() {
        WidgetTreatment treatment = new WidgetTreatment(PlacementDefaults.SHIPPED, in(Treatment.SAME, null));

        assertThat(treatment.experimentId()).isEqualTo(7L);
        assertThat(treatment.variantId()).isEqualTo(3L);
        assertThat(WidgetTreatment.none().variantId()).isZero();
    }

    @Test
    void aBundleDiscountVariantOffersItsBundleAtItsLevelOnlyWhileItsTrialOfferIsOpen() {
        BundleDefinition kit = BundleDefinition.builder("Commuter kit").id(3L).percentOff("10").product(101).product(121).build();
        BundleDefinition other = BundleDefinition.builder("Trail set").id(4L).percentOff("5").product(103).product(113).build();
        VariantSpec deeper = new VariantSpec(3L, "Deeper", 50, false, Treatment.BUNDLE_DISCOUNT, "3:20");

        List<BundleDefinition> offered = new WidgetTreatment(PlacementDefaults.SHIPPED, new Assignment(7L, deeper, 900L))
                .bundles(Arrays.asList(kit, other));
        List<BundleDefinition> notOpen = new WidgetTreatment(PlacementDefaults.SHIPPED, new Assignment(7L, deeper, null))
                .bundles(Arrays.asList(kit, other));

        assertThat(offered.get(0).discountValue()).isEqualByComparingTo("20");
        assertThat(offered.get(0).members()).isEqualTo(kit.members());
        assertThat(offered.get(1).discountValue()).isEqualByComparingTo("5");
        assertThat(notOpen.get(0).discountValue()).isEqualByComparingTo("10");
        assertThat(new Assignment(7L, deeper, 900L).trialOfferId()).isEqualTo(900L);
        assertThat(in(Treatment.SAME, null).trialOfferId()).isNull();
    }
}
