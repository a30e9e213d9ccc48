package io.crosssell.rule.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.crosssell.csv.CsvTable;

/**
 * The rules CSV: a header row with {@link #COLUMNS} in this order (and, as exports write them, the read-only
 * {@link #NAME_COLUMNS}, which an import ignores), then one rule per row, in the format of {@link CsvTable} (every bad
 * cell reported with its row number).
 */
public final class RuleCsv {

    public static final List<String> COLUMNS = Arrays.asList("id", "name", "type", "source_product_id",
            "source_category_id", "target_product_id", "target_category_id", "priority", "position", "max_items",
            "active", "start", "end", "allow_repurchase");
    /** The source's and the target's product or category name, for people reading an export. */
    public static final List<String> NAME_COLUMNS = Arrays.asList("source_name", "target_name");
    /** Larger files are refused before parsing. */
    public static final int MAX_ROWS = 10_000;
    private static final CsvTable TABLE = new CsvTable(COLUMNS, NAME_COLUMNS, "rules", MAX_ROWS);

    private RuleCsv() {
    }

    /** Rows and problems of one file; the rows are usable only when there are no problems. */
    public static final class Parsed {
        public final List<RuleCsvRow> rows;
        public final List<String> problems;

        Parsed(List<RuleCsvRow> rows, List<String> problems) {
            this.rows = rows;
            this.problems = problems;
        }
    }

    public static Parsed parse(String text) {
        List<RuleCsvRow> rows = new ArrayList<RuleCsvRow>();
        List<String> problems = new ArrayList<String>();
        for (CsvTable.Row row : TABLE.rows(text, problems)) {
            if (!row.complete()) {
                continue;
            }
            RuleCsvRow parsed = new RuleCsvRow(row.number(), row.id(0), row.text(1), row.text(2), row.id(3), row.id(4),
                    row.id(5), row.id(6), row.integer(7, 0), row.integer(8, null), row.integer(9, null),
                    row.bool(10, true), row.date(11), row.date(12), row.bool(13, false));
            if (!row.failed()) {
                rows.add(parsed);
            }
        }
        return new Parsed(rows, problems);
    }

    /** The rules as a CSV file (header first, names last), ready for {@link #parse}. */
    public static String write(List<RuleCsvRow> rules) {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (RuleCsvRow rule : rules) {
            List<Object> cells = new ArrayList<Object>(fields(rule).values());
            cells.add(rule.sourceName);
            cells.add(rule.targetName);
            rows.add(cells.toArray());
        }
        return TABLE.write(rows);
    }

    /** The rule's cells by column ({@link #COLUMNS}, names left out) as the file writes them: for a dry run's "old → new". */
    public static Map<String, String> fields(RuleCsvRow rule) {
        Object[] values = {rule.id, rule.name, rule.type, rule.sourceProductId, rule.sourceCategoryId, rule.targetProductId,
            rule.targetCategoryId, rule.priority, rule.position, rule.maxItems, rule.active, CsvTable.dateCell(rule.start),
            CsvTable.dateCell(rule.end), rule.repurchaseAllowed};
        Map<String, String> fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < values.length; i++) {
            fields.put(COLUMNS.get(i), values[i] == null ? null : String.valueOf(values[i]));
        }
        return fields;
    }
}
