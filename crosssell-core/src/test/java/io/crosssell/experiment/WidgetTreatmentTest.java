package io.crosssell.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
