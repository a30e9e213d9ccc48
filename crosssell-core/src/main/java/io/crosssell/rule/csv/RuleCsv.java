package io.crosssell.rule.csv;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The rules CSV: a header row with {@link #COLUMNS} in this order, then one rule per row; RFC 4180 quoting;
 * dates as {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd} (UTC); empty cells for "none". Parsing never stops
 * at the first problem: every bad cell is reported with its row number (the header is row 1).
 */
public final class RuleCsv {

    public static final List<String> COLUMNS = Arrays.asList("id", "name", "type", "source_product_id",
            "source_category_id", "target_product_id", "target_category_id", "priority", "position", "max_items",
            "active", "start", "end", "allow_repurchase");
    /** Larger files are refused before parsing. */
    public static final int MAX_ROWS = 10_000;

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
        List<List<String>> records;
        try {
            records = records(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return new Parsed(rows, problems);
        }
        if (records.isEmpty() || !header(records.get(0)).equals(COLUMNS)) {
            problems.add("Row 1: the header must be " + String.join(",", COLUMNS) + ".");
            return new Parsed(rows, problems);
        }
        if (records.size() - 1 > MAX_ROWS) {
            problems.add("The file has " + (records.size() - 1) + " rules; at most " + MAX_ROWS + " at once.");
            return new Parsed(rows, problems);
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            int rowNumber = r + 1;
            if (cells.size() == 1 && cells.get(0).trim().isEmpty()) {
                continue;
            }
            if (cells.size() != COLUMNS.size()) {
                problems.add("Row " + rowNumber + ": " + cells.size() + " cells, expected " + COLUMNS.size() + ".");
                continue;
            }
            Cells row = new Cells(rowNumber, cells, problems);
            RuleCsvRow parsed = new RuleCsvRow(rowNumber, row.id(0), row.text(1), row.text(2), row.id(3), row.id(4),
                    row.id(5), row.id(6), row.integer(7, 0), row.integer(8, null), row.integer(9, null),
                    row.bool(10, true), row.date(11), row.date(12), row.bool(13, false));
            if (!row.failed) {
                rows.add(parsed);
            }
        }
        return new Parsed(rows, problems);
    }

    /** The rules as a CSV file (header first), ready for {@link #parse}. */
    public static String write(List<RuleCsvRow> rules) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (RuleCsvRow rule : rules) {
            Object[] cells = {rule.id, rule.name, rule.type, rule.sourceProductId, rule.sourceCategoryId,
                rule.targetProductId, rule.targetCategoryId, rule.priority, rule.position, rule.maxItems, rule.active,
                format(rule.start), format(rule.end), rule.repurchaseAllowed};
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",").append(quote(cells[i] == null ? "" : String.valueOf(cells[i])));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static List<String> header(List<String> cells) {
        List<String> names = new ArrayList<String>();
        for (String cell : cells) {
            names.add(cell.trim().toLowerCase(Locale.ROOT).replace("\ufeff", ""));
        }
        return names;
    }

    private static String quote(String cell) {
        // A leading = + - @ would run as a formula in a spreadsheet: quote and prefix it.
        String safe = cell.matches("^[=+\\-@].*") && !cell.matches("^-?\\d+$") ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r") || !safe.equals(cell)) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String format(Date date) {
        return date == null ? "" : formatter("yyyy-MM-dd HH:mm").format(date);
    }

    private static SimpleDateFormat formatter(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        format.setLenient(false);
        return format;
    }

    /** RFC 4180 records; a quote left open is an error. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<List<String>>();
        List<String> record = new ArrayList<String>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<String>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Row " + (records.size() + 1) + ": a quoted cell is never closed.");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    /** Reads one row's cells, noting each bad cell. */
    private static final class Cells {
        final int rowNumber;
        final List<String> cells;
        final List<String> problems;
        boolean failed;

        Cells(int rowNumber, List<String> cells, List<String> problems) {
            this.rowNumber = rowNumber;
            this.cells = cells;
            this.problems = problems;
        }

        private String raw(int column) {
            return cells.get(column).trim();
        }

        private void problem(int column, String message) {
            problems.add("Row " + rowNumber + ", " + COLUMNS.get(column) + ": " + message);
            failed = true;
        }

        String text(int column) {
            String value = raw(column);
            return value.isEmpty() ? null : value;
        }

        Long id(int column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            if (!value.matches("\\d{1,18}")) {
                problem(column, "\"" + value + "\" is not an id.");
                return null;
            }
            return Long.valueOf(value);
        }

        Integer integer(int column, Integer absent) {
            String value = raw(column);
            if (value.isEmpty()) {
                return absent;
            }
            if (!value.matches("-?\\d{1,9}")) {
                problem(column, "\"" + value + "\" is not a whole number.");
                return absent;
            }
            return Integer.valueOf(value);
        }

        boolean bool(int column, boolean absent) {
            String value = raw(column).toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                return absent;
            }
            if (!value.equals("true") && !value.equals("false")) {
                problem(column, "\"" + raw(column) + "\" is not true or false.");
                return absent;
            }
            return value.equals("true");
        }

        Date date(int column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            for (String pattern : new String[] {"yyyy-MM-dd HH:mm", "yyyy-MM-dd"}) {
                try {
                    if (value.length() == pattern.length()) {
                        return formatter(pattern).parse(value);
                    }
                } catch (ParseException e) {
                    break;
                }
            }
            problem(column, "\"" + value + "\" is not a date (yyyy-MM-dd or yyyy-MM-dd HH:mm).");
            return null;
        }
    }
}
