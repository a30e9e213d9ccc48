package io.crosssell.csv;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * A CSV file with a fixed header: RFC 4180 quoting, dates as {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd}
 * (UTC), empty cells for "none". Reading never stops at the first problem: every bad cell is reported with its
 * row number (the header is row 1) and column name.
 */
public final class CsvTable {

    private final List<String> columns;
    private final List<String> readOnlyColumns;
    /** The columns then the read-only ones: what an export's header lists. */
    private final List<String> allColumns;
    private final String rowsName;
    private final int maxRows;

    /** @param rowsName what a row holds, plural, for messages ("rules") */
    public CsvTable(List<String> columns, String rowsName, int maxRows) {
        this(columns, Collections.<String>emptyList(), rowsName, maxRows);
    }

    /**
     * @param readOnlyColumns columns written after the others for people to read (names beside ids); a file may
     *        carry them or leave them out, and reading ignores them
     */
    public CsvTable(List<String> columns, List<String> readOnlyColumns, String rowsName, int maxRows) {
        this.columns = Collections.unmodifiableList(new ArrayList<String>(columns));
        this.readOnlyColumns = Collections.unmodifiableList(new ArrayList<String>(readOnlyColumns));
        List<String> all = new ArrayList<String>(columns);
        all.addAll(readOnlyColumns);
        this.allColumns = Collections.unmodifiableList(all);
        this.rowsName = rowsName;
        this.maxRows = maxRows;
    }

    public List<String> columns() {
        return columns;
    }

    /**
     * The file's data rows (blank lines skipped), problems added to {@code problems}; no rows when the file as a
     * whole is unreadable (an unclosed quote, a wrong header, too many rows). Read a row only if it is
     * {@link Row#complete()}; problems are then listed in the order of the file.
     */
    public List<Row> rows(String text, List<String> problems) {
        List<Row> rows = new ArrayList<Row>();
        List<List<String>> records;
        try {
            records = records(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return rows;
        }
        List<String> header = records.isEmpty() ? null : header(records.get(0));
        if (header == null || !(header.equals(columns) || header.equals(allColumns))) {
            problems.add("Row 1: the header must be " + String.join(",", columns)
                    + (readOnlyColumns.isEmpty() ? "" : " (optionally followed by " + String.join(",", readOnlyColumns) + ")") + ".");
            return rows;
        }
        int cellsPerRow = header.size();
        if (records.size() - 1 > maxRows) {
            problems.add("The file has " + (records.size() - 1) + " " + rowsName + "; at most " + maxRows + " at once.");
            return rows;
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            int rowNumber = r + 1;
            if (cells.size() == 1 && cells.get(0).trim().isEmpty()) {
                continue;
            }
            rows.add(new Row(rowNumber, cells, cellsPerRow, problems));
        }
        return rows;
    }

    /** The header (read-only columns included) and one line per row of cells (null for an empty cell). */
    public String write(List<Object[]> rows) {
        StringBuilder out = new StringBuilder(String.join(",", allColumns)).append("\r\n");
        for (Object[] cells : rows) {
            for (int i = 0; i < cells.length; i++) {
                Object cell = cells[i] instanceof Date ? dateCell((Date) cells[i]) : cells[i];
                out.append(i == 0 ? "" : ",").append(quote(cell == null ? "" : String.valueOf(cell)));
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

    // A cell a spreadsheet would run as a formula: a formula character first, possibly after apostrophes
    // (DOTALL: a multi-line cell counts as a whole). Plain numbers stay as they are.
    private static final Pattern FORMULA_LIKE = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern ESCAPED_FORMULA = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /**
     * The cell as exported: a formula-like cell gets one leading apostrophe, which spreadsheets show as text
     * and {@link #unescape} removes again, so export then import gives back every text exactly.
     */
    static String escape(String cell) {
        return FORMULA_LIKE.matcher(cell).matches() && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** The text of an imported cell: one apostrophe less before a formula character, as {@link #escape} added it. */
    static String unescape(String cell) {
        return ESCAPED_FORMULA.matcher(cell).matches() ? cell.substring(1) : cell;
    }

    private static String quote(String cell) {
        String safe = escape(cell);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r") || !safe.equals(cell)) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** A date as the files write it ({@code yyyy-MM-dd HH:mm}, UTC); null for none. */
    public static String dateCell(Date date) {
        return date == null ? null : formatter("yyyy-MM-dd HH:mm").format(date);
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

    /** One data row's cells, read by column, each bad cell noted. */
    public final class Row {
        private final int number;
        private final List<String> cells;
        private final int expectedCells;
        private final List<String> problems;
        private boolean failed;

        Row(int number, List<String> cells, int expectedCells, List<String> problems) {
            this.number = number;
            this.cells = cells;
            this.expectedCells = expectedCells;
            this.problems = problems;
        }

        /** The row's number in the file (the header is row 1). */
        public int number() {
            return number;
        }

        /** Whether the row has a cell for every column; reports the problem when not. */
        public boolean complete() {
            if (cells.size() != expectedCells) {
                problems.add("Row " + number + ": " + cells.size() + " cells, expected " + expectedCells + ".");
                failed = true;
                return false;
            }
            return true;
        }

        /** Whether any of the cells read so far was bad. */
        public boolean failed() {
            return failed;
        }

        private String raw(int column) {
            return unescape(cells.get(column).trim());
        }

        /** Notes a problem with one cell. */
        public void problem(int column, String message) {
            problems.add("Row " + number + ", " + columns.get(column) + ": " + message);
            failed = true;
        }

        public String text(int column) {
            String value = raw(column);
            return value.isEmpty() ? null : value;
        }

        public Long id(int column) {
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

        public Integer integer(int column, Integer absent) {
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

        public BigDecimal decimal(int column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            if (!value.matches("-?\\d{1,12}(\\.\\d{1,9})?")) {
                problem(column, "\"" + value + "\" is not a number (use a dot for decimals).");
                return null;
            }
            return new BigDecimal(value);
        }

        public boolean bool(int column, boolean absent) {
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

        public Date date(int column) {
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
