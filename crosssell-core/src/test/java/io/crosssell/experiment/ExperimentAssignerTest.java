package io.crosssell.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExperimentAssignerTest {

    private static final List<VariantSpec> HOLDOUT_10 = Arrays.asList(
            new VariantSpec(1L, "Widget shown", 90, true, Treatment.SAME, null),
            new VariantSpec(2L, "Holdout", 10, false, Treatment.HOLDOUT, null));

    @Test
    void aVisitorGetsTheSameVariantEveryTimeWithNothingRemembered() {
        for (int i = 0; i < 1_000; i++) {
            String visitor = "v" + i;
            assertThat(ExperimentAssigner.variantOf("salt-1", visitor, HOLDOUT_10).id())
                    .isEqualTo(ExperimentAssigner.variantOf("salt-1", visitor, HOLDOUT_10).id());
        }
    }

    @Test
    void visitorsSplitByTheWeights() {
        int holdout = 0;
        int visitors = 100_000;
        for (int i = 0; i < visitors; i++) {
            if (ExperimentAssigner.variantOf("salt-1", "v" + i, HOLDOUT_10).id() == 2L) {
                holdout++;
            }
        }
        // 10 % of 100,000 with a binomial standard deviation of about 95: within 4 of them.
        assertThat(holdout).isBetween(10_000 - 380, 10_000 + 380);
    }

    @Test
    void anotherExperimentsSaltAssignsIndependently() {
        int bothHoldout = 0;
        int visitors = 100_000;
        for (int i = 0; i < visitors; i++) {
            boolean first = ExperimentAssigner.variantOf("salt-1", "v" + i, HOLDOUT_10).id() == 2L;
            boolean second = ExperimentAssigner.variantOf("salt-2", "v" + i, HOLDOUT_10).id() == 2L;
            if (first && second) {
                bothHoldout++;
            }
        }
        // Independent: 1 % in both holdouts (not 10 %, as one shared hash would give).
        assertThat(bothHoldout).isBetween(1_000 - 130, 1_000 + 130);
    }

    @Test
    void theCustomerIsTheKeyWhenSignedInElseTheVisitorCookie() {
        assertThat(ExperimentAssigner.visitorKey(42L, "0f8fad5b-d9cb-469f-a165-70867728950e")).isEqualTo("c42");
        assertThat(ExperimentAssigner.visitorKey(null, "0f8fad5b-d9cb-469f-a165-70867728950e"))
                .isEqualTo("v0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(ExperimentAssigner.visitorKey(null, null)).isNull();
    }
}
