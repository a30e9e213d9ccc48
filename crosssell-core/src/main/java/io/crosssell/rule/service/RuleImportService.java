package io.crosssell.rule.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.csv.ImportBudget;
import io.crosssell.csv.ImportReport;
import io.crosssell.rule.csv.RuleCsv;
import io.crosssell.rule.csv.RuleCsvRow;
import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.domain.CrossSellRuleType;
import io.crosssell.rule.engine.RuleValidator;

/**
 * CSV export and import of merchandiser rules. An import checks every row first (format, then the same
 * validation as the admin, against the rules as they will be after the import); if any row is wrong nothing
 * is written, otherwise every row is applied in one transaction. A dry run reports what would change and
 * writes nothing. Rules missing from the file are left as they are.
 */
public class RuleImportService {

    private final CrossSellRuleDao rules;
    private final CatalogService catalog;
    private final RuleValidationService validation;
    private final TransactionTemplate transaction;
    private volatile long timeBudgetMillis = ImportBudget.DEFAULT_MILLIS;

    public RuleImportService(CrossSellRuleDao rules, CatalogService catalog, RuleValidationService validation,
            PlatformTransactionManager transactionManager) {
        this.rules = rules;
        this.catalog = catalog;
        this.validation = validation;
        this.transaction = new TransactionTemplate(transactionManager);
    }


    /** How long an import may spend checking its rows before it stops and writes nothing. */
    public void setTimeBudgetMillis(long timeBudgetMillis) {
        this.timeBudgetMillis = timeBudgetMillis;
    }

    /** Every rule, ids and positions included, as a file {@link #importCsv} takes back. */
    public String exportCsv() {
        return transaction.execute(new TransactionCallback<String>() {
            @Override
            public String doInTransaction(TransactionStatus status) {
                List<RuleCsvRow> rows = new ArrayList<RuleCsvRow>();
                for (CrossSellRule rule : rules.readAll()) {
                    rows.add(rowOf(rule).withNames(nameOf(rule.getSourceProduct(), rule.getSourceCategory()),
                            nameOf(rule.getTargetProduct(), rule.getTargetCategory())));
                }
                return RuleCsv.write(rows);
            }
        });
    }

    public ImportReport importCsv(String text, boolean dryRun) {
        ImportBudget budget = ImportBudget.startingNow(timeBudgetMillis);
        try {
            return importCsv(text, dryRun, budget);
        } catch (ImportBudget.Exceeded stopped) {
            return ImportReport.refused(stopped.getMessage());
        }
    }

    private ImportReport importCsv(String text, final boolean dryRun, ImportBudget budget) {
        RuleCsv.Parsed parsed = RuleCsv.parse(text);
        // Format problems and rule problems come in one report: the rows that could be read are checked too.
        List<String> problems = new ArrayList<String>(parsed.problems);
        List<String> warnings = new ArrayList<String>();
        final List<String> changes = new ArrayList<String>();
        final List<RuleCsvRow> rows = parsed.rows;
        final List<String> types = new ArrayList<String>(rows.size());
        List<RuleValidator.Input> inputs = new ArrayList<RuleValidator.Input>();
        for (RuleCsvRow row : rows) {
            budget.check();
            if (row.id != null && rules.readById(row.id) == null) {
                problems.add("Row " + row.rowNumber + ", id: there is no rule " + row.id + " (leave id empty to add a rule).");
            }
            // The admin's label ("Frequently bought together") stands for its code, as the code does.
            CrossSellRuleType known = CrossSellRuleType.fromCodeOrLabel(row.type);
            String type = known == null ? row.type : known.getType();
            types.add(type);
            inputs.add(RuleValidator.Input.named(row.name).id(row.id == null ? Long.valueOf(-row.rowNumber) : row.id)
                    .type(type).source(row.sourceProductId, row.sourceCategoryId)
                    .target(row.targetProductId, row.targetCategoryId).priority(row.priority).position(row.position)
                    .maxItems(row.maxItems).dates(row.start, row.end));
        }
        List<RuleValidator.Result> results = validation.checkAll(inputs, budget);
        for (int i = 0; i < rows.size(); i++) {
            for (String error : results.get(i).errors()) {
                problems.add("Row " + rows.get(i).rowNumber + ": " + error);
            }
            for (String warning : results.get(i).warnings()) {
                warnings.add("Row " + rows.get(i).rowNumber + ": " + warning);
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(false, problems, warnings, changes);
        }
        transaction.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                for (int i = 0; i < rows.size(); i++) {
                    RuleCsvRow row = rows.get(i);
                    CrossSellRule rule = row.id == null ? rules.create() : rules.readById(row.id);
                    Map<String, String> before = row.id == null ? null : RuleCsv.fields(rowOf(rule));
                    apply(row, types.get(i), rule);
                    if (before == null) {
                        changes.add("Row " + row.rowNumber + ": new rule \"" + row.name + "\"");
                    } else {
                        String changed = ImportReport.changedFields(before, RuleCsv.fields(rowOf(rule)));
                        if (!changed.isEmpty()) {
                            changes.add("Row " + row.rowNumber + ": rule " + row.id + " changes " + changed);
                        }
                    }
                    if (!dryRun) {
                        rules.save(rule);
                    }
                }
                if (dryRun) {
                    // Loaded rules were changed in memory to compare them: none of it may be written.
                    status.setRollbackOnly();
                }
                return null;
            }
        });
        return new ImportReport(!dryRun, problems, warnings, changes);
    }

    private void apply(RuleCsvRow row, String type, CrossSellRule rule) {
        rule.setName(row.name.trim());
        rule.setRuleType(CrossSellRuleType.getInstance(type));
        rule.setSourceProduct(product(row.sourceProductId));
        rule.setSourceCategory(category(row.sourceCategoryId));
        rule.setTargetProduct(product(row.targetProductId));
        rule.setTargetCategory(category(row.targetCategoryId));
        rule.setPriority(row.priority);
        rule.setPosition(row.position);
        rule.setMaxItems(row.maxItems);
        rule.setActive(row.active);
        rule.setActiveStartDate(row.start);
        rule.setActiveEndDate(row.end);
        rule.setRepurchaseAllowed(row.repurchaseAllowed);
    }

    private Product product(Long id) {
        return id == null ? null : catalog.findProductById(id);
    }

    private Category category(Long id) {
        return id == null ? null : catalog.findCategoryById(id);
    }

    /** The rule as the file writes it (without names). */
    private static RuleCsvRow rowOf(CrossSellRule rule) {
        return new RuleCsvRow(0, rule.getId(), rule.getName(), rule.getRuleType() == null ? null : rule.getRuleType().getType(),
                id(rule.getSourceProduct()), id(rule.getSourceCategory()), id(rule.getTargetProduct()),
                id(rule.getTargetCategory()), rule.getPriority(), rule.getPosition(), rule.getMaxItems(), rule.isActive(),
                rule.getActiveStartDate(), rule.getActiveEndDate(), rule.isRepurchaseAllowed());
    }

    /** A product's or category's name, for the export's read-only name columns. */
    private static String nameOf(Product product, Category category) {
        return product != null ? product.getName() : category != null ? category.getName() : null;
    }

    private static Long id(Object entity) {
        if (entity instanceof Product) {
            return ((Product) entity).getId();
        }
        return entity instanceof Category ? ((Category) entity).getId() : null;
    }
}
