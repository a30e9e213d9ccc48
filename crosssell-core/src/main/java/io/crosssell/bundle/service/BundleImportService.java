package io.crosssell.bundle.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.bundle.BundleCatalog;
import io.crosssell.bundle.BundleCsv;
import io.crosssell.bundle.BundleDefinition;
import io.crosssell.csv.ImportBudget;
import io.crosssell.csv.ImportReport;

/**
 * CSV export and import of bundles through {@link BundleService}, so every imported bundle is validated like an
 * admin save and gets its offer in step. Every row is checked first; if any is wrong nothing is written,
 * otherwise all rows are saved in one transaction. A dry run lists what would change and writes nothing.
 * Bundles missing from the file are left as they are.
 */
public class BundleImportService {

    private final BundleService bundles;
    private final BundleCatalog catalog;
    private final TransactionTemplate transaction;
    private volatile long timeBudgetMillis = ImportBudget.DEFAULT_MILLIS;

    /** @param catalog names the members in an export's read-only member_names column */
    public BundleImportService(BundleService bundles, BundleCatalog catalog, PlatformTransactionManager transactionManager) {
        this.bundles = bundles;
        this.catalog = catalog;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** How long an import may spend checking its rows before it stops and writes nothing. */
    public void setTimeBudgetMillis(long timeBudgetMillis) {
        this.timeBudgetMillis = timeBudgetMillis;
    }

    /** Every bundle, ids and member order kept, as a file {@link #importCsv} takes back. */
    public String exportCsv() {
        List<BundleDefinition> all = new ArrayList<BundleDefinition>();
        for (BundleDefinition listed : bundles.bundles()) {
            // Read again: the list may be a few seconds old.
            BundleDefinition current = bundles.read(listed.id());
            if (current != null) {
                all.add(current);
            }
        }
        return BundleCsv.write(all, catalog);
    }

    public ImportReport importCsv(String text, boolean dryRun) {
        try {
            return importCsv(text, dryRun, ImportBudget.startingNow(timeBudgetMillis));
        } catch (ImportBudget.Exceeded stopped) {
            return ImportReport.refused(stopped.getMessage());
        }
    }

    private ImportReport importCsv(String text, boolean dryRun, ImportBudget budget) {
        BundleCsv.Parsed parsed = BundleCsv.parse(text);
        List<String> problems = new ArrayList<String>(parsed.problems);
        List<String> changes = new ArrayList<String>();
        List<String> none = Collections.emptyList();
        // Format problems and bundle problems come in one report: the rows that could be read are checked too.
        Set<Long> seenIds = new HashSet<Long>();
        for (BundleCsv.Row row : parsed.rows) {
            budget.check();
            BundleDefinition bundle = row.bundle;
            BundleDefinition existing = null;
            if (bundle.id() != null) {
                existing = bundles.read(bundle.id());
                if (existing == null) {
                    problems.add("Row " + row.rowNumber + ", id: there is no bundle " + bundle.id()
                            + " (leave id empty to add a bundle).");
                } else if (!seenIds.add(bundle.id())) {
                    problems.add("Row " + row.rowNumber + ", id: bundle " + bundle.id() + " is in the file twice.");
                }
            }
            for (String problem : bundles.problems(bundle)) {
                problems.add("Row " + row.rowNumber + ": " + problem);
            }
            if (existing == null && bundle.id() == null) {
                changes.add("Row " + row.rowNumber + ": new bundle \"" + bundle.name() + "\"");
            } else if (existing != null) {
                String changed = ImportReport.changedFields(BundleCsv.fields(existing), BundleCsv.fields(bundle));
                if (!changed.isEmpty()) {
                    changes.add("Row " + row.rowNumber + ": bundle " + bundle.id() + " changes " + changed);
                }
            }
        }
        if (!problems.isEmpty() || dryRun) {
            return new ImportReport(false, problems, none, problems.isEmpty() ? changes : new ArrayList<String>());
        }
        final List<BundleCsv.Row> rows = parsed.rows;
        transaction.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                // BundleService joins this transaction: one failing row undoes every row.
                for (BundleCsv.Row row : rows) {
                    if (row.bundle.id() == null) {
                        bundles.create(row.bundle);
                    } else {
                        bundles.update(row.bundle.id(), row.bundle);
                    }
                }
                return null;
            }
        });
        return new ImportReport(true, problems, none, changes);
    }
}
