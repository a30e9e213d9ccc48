package io.crosssell.rule.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Date;

import org.junit.jupiter.api.Test;

class RuleCsvTest {

    private static final String HEADER = String.join(",", RuleCsv.COLUMNS) + "\n";

    @Test
    void writtenRulesParseBackTheSame() {
        RuleCsvRow rule = new RuleCsvRow(0, 4L, "Commuter bike, \"light\" set first", "FREQUENTLY_BOUGHT_TOGETHER", 101L, null,
                133L, null, 0, 1, null, true, new Date(1_790_000_040_000L), null, false);

        RuleCsv.Parsed parsed = RuleCsv.parse(RuleCsv.write(Arrays.asList(rule)));

        assertThat(parsed.problems).isEmpty();
        RuleCsvRow back = parsed.rows.get(0);
        assertThat(back.rowNumber).isEqualTo(2);
        assertThat(back.id).isEqualTo(4L);
        assertThat(back.name).isEqualTo("Commuter bike, \"light\" set first");
        assertThat(back.sourceProductId).isEqualTo(101L);
        assertThat(back.targetProductId).isEqualTo(133L);
        assertThat(back.position).isEqualTo(1);
        assertThat(back.maxItems).isNull();
        assertThat(back.start).isEqualTo(new Date(1_790_000_040_000L));
    }

    @Test
    void anExportNamesSourceAndTargetInReadOnlyColumnsThatAnImportIgnoresOrMayLeaveOut() {
        RuleCsvRow rule = new RuleCsvRow(0, 4L, "Bike to lights", "FREQUENTLY_BOUGHT_TOGETHER", 101L, null, null, 13L, 0,
                null, null, true, null, null, false).withNames("Metro Commuter Bike", "Lights");

        String written = RuleCsv.write(Arrays.asList(rule));

        assertThat(written).startsWith(String.join(",", RuleCsv.COLUMNS) + ",source_name,target_name\r\n")
                .endsWith(",Metro Commuter Bike,Lights\r\n");
        RuleCsvRow back = RuleCsv.parse(written.replace("Metro Commuter Bike", "Anything")).rows.get(0);
        assertThat(back.targetCategoryId).isEqualTo(13L);
        assertThat(back.sourceName).as("never read back").isNull();
        RuleCsv.Parsed withoutNames = RuleCsv.parse(HEADER + "4,Bike to lights,FREQUENTLY_BOUGHT_TOGETHER,101,,,13,0,,,true,,,false\n");
        assertThat(withoutNames.problems).isEmpty();
        assertThat(withoutNames.rows).hasSize(1);
        assertThat(RuleCsv.parse(HEADER.trim() + ",source_name\n").problems).as("both name columns or none")
                .containsExactly("Row 1: the header must be " + String.join(",", RuleCsv.COLUMNS)
                        + " (optionally followed by source_name,target_name).");
    }

    @Test
    void everyBadCellIsReportedWithItsRowNumber() {
        RuleCsv.Parsed parsed = RuleCsv.parse(HEADER
                + ",Good,CART_CROSS_SELL,101,,111,,5,,,true,,,false\n"
                + "x1,Bad id,CART_CROSS_SELL,101,,111,,high,,,maybe,2026-13-45,,false\n"
                + ",Short row,CART_CROSS_SELL\n");

        assertThat(parsed.problems).containsExactly(
                "Row 3, id: \"x1\" is not an id.",
                "Row 3, priority: \"high\" is not a whole number.",
                "Row 3, active: \"maybe\" is not true or false.",
                "Row 3, start: \"2026-13-45\" is not a date (yyyy-MM-dd or yyyy-MM-dd HH:mm).",
                "Row 4: 3 cells, expected 14.");
    }

    @Test
    void aWrongHeaderOrAnOpenQuoteIsRefused() {
        assertThat(RuleCsv.parse("id,name\n1,x\n").problems).hasSize(1).allMatch(p -> p.startsWith("Row 1: the header must be"));
        assertThat(RuleCsv.parse(HEADER + ",\"never closed,CART_CROSS_SELL\n").problems)
                .containsExactly("Row 2: a quoted cell is never closed.");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreQuoted() {
        RuleCsvRow rule = new RuleCsvRow(0, 9L, "=HYPERLINK(\"x\")", "CART_CROSS_SELL", 101L, null, 111L, null, -1, null, null,
                true, null, null, false);

        String csv = RuleCsv.write(Arrays.asList(rule));

        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains(",-1,");
    }
}
