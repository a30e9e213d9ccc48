package io.crosssell.admin.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;

/**
 * Installs the module's admin menu, sections and permissions when the admin starts: each row of
 * {@code /config/crosssell/sql/load_crosssell_admin_security.sql} that is not there yet is inserted, in one
 * transaction, so it works whichever app runs the shop's Hibernate imports (often the storefront, which does not
 * have this module's jar) and is safe to repeat. What still misses afterwards (a database user without insert
 * rights, say) is logged as an error naming each row, and kept for the admin's pages to show.
 */
public class AdminSecurityInstaller implements ApplicationListener<ContextRefreshedEvent> {

    static final String SECURITY_SQL = "/config/crosssell/sql/load_crosssell_admin_security.sql";
    private static final Log LOG = LogFactory.getLog(AdminSecurityInstaller.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private volatile boolean installed;
    private volatile List<String> problems = Collections.emptyList();

    /** @param transactionManager Broadleaf's ({@code blTransactionManager}): its data source is the admin's database */
    public AdminSecurityInstaller(JpaTransactionManager transactionManager) {
        this(transactionManager.getDataSource(), transactionManager);
    }

    AdminSecurityInstaller(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // The admin's servlet context refreshes too; install once, after the root context (and its schema) is up.
        if (!installed) {
            installed = true;
            install();
        }
    }

    /** Inserts what is missing; returns the number of rows inserted. Never throws: a failure is logged and kept. */
    public int install() {
        final List<SqlInsert> rows;
        try {
            rows = rows();
        } catch (RuntimeException e) {
            problems = Collections.singletonList("The module's admin security file cannot be read: " + e.getMessage());
            LOG.error(problems.get(0), e);
            return 0;
        }
        final int[] inserted = {0};
        try {
            transaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    for (SqlInsert row : rows) {
                        if (!exists(row)) {
                            jdbc.update(row.statement());
                            inserted[0]++;
                        }
                    }
                }
            });
            // Committed: every row was there or is now.
            problems = Collections.emptyList();
        } catch (RuntimeException e) {
            LOG.error("Cross-sell admin sections and permissions could not be installed (nothing was changed): " + e, e);
            inserted[0] = 0;
            problems = Collections.unmodifiableList(missing(rows));
        }
        List<String> missing = problems;
        if (!missing.isEmpty()) {
            LOG.error("The Cross-sell admin menu is incomplete; these rows of " + SECURITY_SQL + " are missing: " + missing
                    + ". Run that file against the admin's database (docs/Module-Installation.md).");
        } else if (inserted[0] > 0) {
            LOG.info("Cross-sell admin menu, sections and permissions installed (" + inserted[0] + " rows)");
        }
        return inserted[0];
    }

    /** What the last {@link #install()} found missing, for a person; empty when the installation is complete. */
    public List<String> problems() {
        return problems;
    }

    private List<String> missing(List<SqlInsert> rows) {
        List<String> missing = new ArrayList<String>();
        try {
            for (SqlInsert row : rows) {
                if (!exists(row)) {
                    missing.add(row.table() + " " + row.keyColumns() + " = " + keyValues(row));
                }
            }
        } catch (RuntimeException e) {
            missing.add("the admin tables cannot be read: " + e.getMessage());
        }
        return missing;
    }

    private boolean exists(SqlInsert row) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(row.table()).append(" WHERE ");
        List<Object> values = keyValues(row);
        for (int i = 0; i < row.keyColumns().size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(row.keyColumns().get(i)).append(" = ?");
        }
        return jdbc.queryForObject(sql.toString(), Integer.class, values.toArray()) > 0;
    }

    private static List<Object> keyValues(SqlInsert row) {
        List<Object> values = new ArrayList<Object>();
        for (String column : row.keyColumns()) {
            values.add(row.value(column));
        }
        return values;
    }

    static List<SqlInsert> rows() {
        InputStream in = AdminSecurityInstaller.class.getResourceAsStream(SECURITY_SQL);
        if (in == null) {
            throw new IllegalStateException(SECURITY_SQL + " is not on the class path");
        }
        String text;
        try {
            try {
                text = StreamUtils.copyToString(in, StandardCharsets.UTF_8);
            } finally {
                in.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        List<SqlInsert> rows = new ArrayList<SqlInsert>();
        for (String line : text.split("\r?\n")) {
            String statement = line.trim();
            if (!statement.isEmpty() && !statement.startsWith("--")) {
                rows.add(SqlInsert.parse(statement));
            }
        }
        return rows;
    }
}
