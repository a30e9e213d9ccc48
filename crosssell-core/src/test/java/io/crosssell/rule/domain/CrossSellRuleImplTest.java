package io.crosssell.rule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.junit.jupiter.api.Test;

class CrossSellRuleImplTest {

    private static final Date NOW = new Date(1_700_000_000_000L);
    private static final Date EARLIER = new Date(NOW.getTime() - 60_000);
    private static final Date LATER = new Date(NOW.getTime() + 60_000);

    @Test
    void activeRuleWithoutDatesIsInEffect() {
        assertThat(new CrossSellRuleImpl().isInEffectAt(NOW)).isTrue();
    }

    @Test
    void inactiveRuleIsNeverInEffect() {
        CrossSellRuleImpl rule = new CrossSellRuleImpl();
        rule.setActive(false);

        assertThat(rule.isInEffectAt(NOW)).isFalse();
    }

    @Test
    void ruleIsInEffectFromItsStartUntilJustBeforeItsEnd() {
        CrossSellRuleImpl rule = new CrossSellRuleImpl();
        rule.setActiveStartDate(NOW);
        rule.setActiveEndDate(LATER);

        assertThat(rule.isInEffectAt(EARLIER)).isFalse();
        assertThat(rule.isInEffectAt(NOW)).isTrue();
        assertThat(rule.isInEffectAt(LATER)).isFalse();
    }

    @Test
    void ruleTypeIsStoredByCodeAndUnknownCodesReadAsNull() {
        CrossSellRuleImpl rule = new CrossSellRuleImpl();
        rule.setRuleType(CrossSellRuleType.UP_SELL);

        assertThat(rule.getRuleType()).isEqualTo(CrossSellRuleType.UP_SELL);
        assertThat(rule.ruleType).isEqualTo("UP_SELL");
        rule.ruleType = "NO_SUCH_TYPE";
        assertThat(rule.getRuleType()).isNull();
    }
}
