package io.crosssell.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final CsvTable TABLE = new CsvTable(Arrays.asList("id", "name"), "rows", 100);

    private static final List<String> TRICKY_NAMES = Arrays.asList("-20% off kit", "=1+1", "'=already", "''=x", "@home", "+x",
            "\tTab", "=HYPERLINK(\"http://evil.example/\",\n\"x\")", "-5", "'plain'", "O'Brien", "-", "'", "a,b \"c\"", "\r=x");

    @Test
    void aMultiLineFormulaIsExportedAsText() {
        String written = TABLE.write(Collections.singletonList(new Object[] {1, "=HYPERLINK(\"http://evil.example/\",\n\"x\")"}));

        assertThat(written).contains("1,\"'=HYPERLINK(\"\"http://evil.example/\"\",\n\"\"x\"\")\"");
    }

    @Test
    void everyFormulaCharacterIsPrefixedAndPlainNumbersAreNot() {
        for (String formula : new String[] {"=1", "+1", "-x", "@x", "\tx", "\rx", "'=x"}) {
            assertThat(CsvTable.escape(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(CsvTable.escape("-5")).isEqualTo("-5");
        assertThat(CsvTable.escape("-0.25")).isEqualTo("-0.25");
        assertThat(CsvTable.escape("O'Brien")).isEqualTo("O'Brien");
    }

    @Test
    void exportThenImportGivesBackEveryNameExactly() {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (int i = 0; i < TRICKY_NAMES.size(); i++) {
            rows.add(new Object[] {i + 1, TRICKY_NAMES.get(i)});
        }
        List<String> problems = new ArrayList<String>();

        List<CsvTable.Row> read = TABLE.rows(TABLE.write(rows), problems);

        assertThat(problems).isEmpty();
        List<String> names = new ArrayList<String>();
        for (CsvTable.Row row : read) {
            assertThat(row.complete()).isTrue();
            names.add(row.text(1));
        }
        assertThat(names).containsExactlyElementsOf(TRICKY_NAMES);
    }
}
