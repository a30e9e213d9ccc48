package io.crosssell.rule.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.crosssell.csv.ImportReport;
import io.crosssell.rule.domain.CrossSellRuleType;

class RuleImportChangesTest {

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void aDryRunNamesEachChangedFieldWithItsOldAndNewValueInColumnOrder() {
        Map<String, String> before = fields("name", "Bike to lights", "priority", "0", "position", "1", "end", null);
        Map<String, String> after = fields("name", "Bike to lights", "priority", "5", "position", "1", "end", "2026-12-31 00:00");

        assertThat(ImportReport.changedFields(before, after))
                .isEqualTo("priority 0 \u2192 5, end (none) \u2192 2026-12-31 00:00");
        assertThat(ImportReport.changedFields(after, after)).isEmpty();
    }

    @Test
    void aRuleTypeIsKnownByItsCodeOrByTheLabelTheAdminShowsInAnyCase() {
        assertThat(CrossSellRuleType.fromCodeOrLabel("FREQUENTLY_BOUGHT_TOGETHER")).isSameAs(CrossSellRuleType.FREQUENTLY_BOUGHT_TOGETHER);
        assertThat(CrossSellRuleType.fromCodeOrLabel(" frequently bought together "))
                .isSameAs(CrossSellRuleType.FREQUENTLY_BOUGHT_TOGETHER);
        assertThat(CrossSellRuleType.fromCodeOrLabel("Up-sell (upgrade)")).isSameAs(CrossSellRuleType.UP_SELL);
        assertThat(CrossSellRuleType.fromCodeOrLabel("Bundle")).isNull();
    }
}
