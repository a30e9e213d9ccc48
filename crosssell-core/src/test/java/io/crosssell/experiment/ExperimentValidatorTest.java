package io.crosssell.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExperimentValidatorTest {

    private static ExperimentDefinition experiment(String placement, Date start, Date end, VariantSpec... variants) {
        return new ExperimentDefinition("Widget holdout", null, placement, start, end, "REVENUE_PER_VISITOR", new BigDecimal("5"),
                Arrays.asList(variants));
    }

    private static VariantSpec control() {
        return new VariantSpec(null, "Widget shown", 90, true, Treatment.SAME, null);
    }

    @Test
    void aHoldoutExperimentMayBeSaved() {
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null, control(),
                new VariantSpec(null, "Holdout", 10, false, Treatment.HOLDOUT, null)))).isEmpty();
    }

    @Test
    void eachProblemIsNamedAtItsField() {
        Map<String, String> problems = ExperimentValidator.problems(experiment("sidebar", new Date(2000), new Date(1000), control(),
                new VariantSpec(null, "Two items", 0, false, Treatment.MAX_ITEMS, "twelve"),
                new VariantSpec(null, "<b>Title</b>", 10, false, Treatment.TITLE, "Bought together")));

        assertThat(problems).containsOnlyKeys("placement", "endDate", "variant.2.weight", "variant.2.value", "variant.3.name");
    }

    @Test
    void exactlyOneControlWhichShowsThePlacementAsItIs() {
        List<VariantSpec> twoControls = Arrays.asList(control(), new VariantSpec(null, "Also control", 10, true, Treatment.SAME, null));
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null, twoControls.toArray(new VariantSpec[0]))))
                .containsOnlyKeys("variants");
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null,
                new VariantSpec(null, "Holdout control", 90, true, Treatment.HOLDOUT, null),
                new VariantSpec(null, "Shown", 10, false, Treatment.SAME, null)))).containsOnlyKeys("variant.1.treatment");
    }

    @Test
    void variantsNeedNamesOfTheirOwnAndTwoToFiveOfThem() {
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null, control(),
                new VariantSpec(null, "widget SHOWN", 10, false, Treatment.HOLDOUT, null)))).containsOnlyKeys("variant.2.name");
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null, control()))).containsOnlyKeys("variants");
    }

    @Test
    void strategiesAndItemCountsAreChecked() {
        assertThat(ExperimentValidator.problems(experiment("cart", null, null, control(),
                new VariantSpec(null, "Mined", 10, false, Treatment.STRATEGY, "MINED_ONLY"),
                new VariantSpec(null, "Two", 10, false, Treatment.MAX_ITEMS, "2")))).isEmpty();
        assertThat(ExperimentValidator.problems(experiment("cart", null, null, control(),
                new VariantSpec(null, "Mined", 10, false, Treatment.STRATEGY, "BEST_GUESS")))).containsOnlyKeys("variant.2.value");
    }

    @Test
    void aBundleDiscountNamesOneBundleAndALevelAndIsTestedOnTheProductPage() {
        VariantSpec deeper = new VariantSpec(null, "Deeper", 10, false, Treatment.BUNDLE_DISCOUNT, "3:15");
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null, control(), deeper))).isEmpty();
        assertThat(ExperimentValidator.problems(experiment("cart", null, null, control(), deeper))).containsOnlyKeys("variant.2.value");
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null, control(),
                new VariantSpec(null, "Deeper", 10, false, Treatment.BUNDLE_DISCOUNT, "15 %")))).containsOnlyKeys("variant.2.value");
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null, control(),
                new VariantSpec(null, "Free", 10, false, Treatment.BUNDLE_DISCOUNT, "3:0")))).containsOnlyKeys("variant.2.value");
        assertThat(ExperimentValidator.problems(experiment("fbt", null, null, control(), deeper,
                new VariantSpec(null, "Other kit", 10, false, Treatment.BUNDLE_DISCOUNT, "4:15")))).containsOnlyKeys("variant.3.value");
    }
}
