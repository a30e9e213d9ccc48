package io.crosssell.rule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.crosssell.recommend.Placement;
import io.crosssell.rule.engine.RuleValidator;

class CrossSellRuleTypeTest {

    @Test
    void everyTypeAMerchandiserCanSaveFeedsAPlacement() {
        Set<String> fed = new LinkedHashSet<String>();
        for (Placement placement : Placement.values()) {
            fed.addAll(placement.ruleTypes());
        }

        for (CrossSellRuleType type : CrossSellRuleType.all()) {
            assertThat(fed).as(type.getType()).contains(type.getType());
        }
    }

    @Test
    void upSellsFeedOnlyTheUpgradePlacement() {
        for (Placement placement : Placement.values()) {
            assertThat(placement.ruleTypes().contains(CrossSellRuleType.UP_SELL.getType()))
                    .as(placement.code()).isEqualTo(placement.offer() == Placement.Offer.UPGRADES);
        }
    }

    @Test
    void theAddOnTypeIsGoneAndItsCodeIsRefusedAsRetired() {
        assertThat(CrossSellRuleType.getInstance("ADD_ON")).isNull();
        assertThat(CrossSellRuleType.all()).extracting("type").doesNotContain("ADD_ON");
        assertThat(RuleValidator.RETIRED_TYPES).containsKey("ADD_ON");
    }
}
