package io.crosssell.demo.seed;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.tool.hbm2ddl.ImportSqlCommandExtractor;
import org.hibernate.tool.hbm2ddl.ImportScriptException;

/**
 * Splits hbm2ddl import files into statements at semicolons outside string literals, dropping
 * "--" comments anywhere. Hibernate's own multi-line extractor rejects files that end in a comment
 * (as Broadleaf's load_admin_*.sql do) and then skips the whole file with only a log line.
 */
public class CommentTolerantSqlExtractor implements ImportSqlCommandExtractor {

    private static final long serialVersionUID = 1L;

    @Override
    public String[] extractCommands(Reader reader) {
        try {
            return split(read(reader)).toArray(new String[0]);
        } catch (IOException e) {
            throw new ImportScriptException("Could not read an SQL import file", e);
        }
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<String>();
        StringBuilder current = new StringBuilder();
        boolean inLiteral = false;
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (inLiteral) {
                current.append(c);
                if (c == '\'') {
                    inLiteral = false;
                }
                i++;
            } else if (c == '\'') {
                inLiteral = true;
                current.append(c);
                i++;
            } else if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ';') {
                addStatement(statements, current);
                i++;
            } else if (Character.isWhitespace(c)) {
                // Line breaks and indentation outside literals fold into one space.
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        if (inLiteral) {
            throw new ImportScriptException("Unterminated string literal in an SQL import file");
        }
        addStatement(statements, current);
        return statements;
    }

    private static void addStatement(List<String> statements, StringBuilder current) {
        String statement = current.toString().trim();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static String read(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int count;
        while ((count = reader.read(buffer)) != -1) {
            text.append(buffer, 0, count);
        }
        return text.toString();
    }
}
