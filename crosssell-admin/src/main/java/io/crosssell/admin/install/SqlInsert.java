package io.crosssell.admin.install;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code INSERT INTO table (columns) VALUES (values)} statement of the module's admin security file, with its
 * values split (numbers, {@code NULL}, {@code TRUE}/{@code FALSE}, single-quoted strings), so the installer can ask
 * whether its row is already there.
 */
final class SqlInsert {

    private static final Pattern INSERT = Pattern.compile(
            "INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\((.*)\\)\\s*;?\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final String statement;
    private final String table;
    private final List<String> columns;
    private final List<String> values;

    private SqlInsert(String statement, String table, List<String> columns, List<String> values) {
        this.statement = statement;
        this.table = table;
        this.columns = columns;
        this.values = values;
    }

    /** @throws IllegalArgumentException for anything but a plain insert whose columns and values pair up */
    static SqlInsert parse(String statement) {
        Matcher insert = INSERT.matcher(statement.trim());
        if (!insert.matches()) {
            throw new IllegalArgumentException("Not an INSERT INTO … (…) VALUES (…): " + statement);
        }
        List<String> columns = new ArrayList<String>();
        for (String column : insert.group(2).split(",")) {
            columns.add(column.trim().toUpperCase(Locale.ROOT));
        }
        List<String> values = values(insert.group(3));
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException(columns.size() + " columns but " + values.size() + " values: " + statement);
        }
        String sql = statement.trim();
        return new SqlInsert(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql,
                insert.group(1).toUpperCase(Locale.ROOT), Collections.unmodifiableList(columns), Collections.unmodifiableList(values));
    }

    /** The values as SQL literals, split at the commas outside quotes. */
    private static List<String> values(String list) {
        List<String> values = new ArrayList<String>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                values.add(value.toString().trim());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Unclosed quote in VALUES (" + list + ")");
        }
        values.add(value.toString().trim());
        return values;
    }

    /** The statement without its semicolon. */
    String statement() {
        return statement;
    }

    String table() {
        return table;
    }

    /**
     * The columns that say whether the row exists: a cross-reference table's pair, else the row's id (the first
     * column); the module's ids are reserved (-9000 and below).
     */
    List<String> keyColumns() {
        return table.endsWith("_XREF") ? columns : columns.subList(0, 1);
    }

    /** A key column's value as a JDBC parameter (a number, or a string without its quotes). */
    Object value(String column) {
        String literal = values.get(columns.indexOf(column));
        if (literal.startsWith("'")) {
            return literal.substring(1, literal.length() - 1).replace("''", "'");
        }
        return Long.valueOf(literal);
    }
}
