package io.crosssell.rule.csv;

import java.util.Date;

/**
 * One rule as a CSV row; {@code id} null means a new rule. The source's and target's names are written on export for
 * people to read and never read back (null after parsing).
 */
public final class RuleCsvRow {

    public final int rowNumber;
    public final Long id;
    public final String name;
    public final String type;
    public final Long sourceProductId;
    public final Long sourceCategoryId;
    public final Long targetProductId;
    public final Long targetCategoryId;
    public final int priority;
    public final Integer position;
    public final Integer maxItems;
    public final boolean active;
    public final Date start;
    public final Date end;
    public final boolean repurchaseAllowed;
    public final String sourceName;
    public final String targetName;

    public RuleCsvRow(int rowNumber, Long id, String name, String type, Long sourceProductId, Long sourceCategoryId,
            Long targetProductId, Long targetCategoryId, int priority, Integer position, Integer maxItems, boolean active,
            Date start, Date end, boolean repurchaseAllowed) {
        this(rowNumber, id, name, type, sourceProductId, sourceCategoryId, targetProductId, targetCategoryId, priority,
                position, maxItems, active, start, end, repurchaseAllowed, null, null);
    }

    private RuleCsvRow(int rowNumber, Long id, String name, String type, Long sourceProductId, Long sourceCategoryId,
            Long targetProductId, Long targetCategoryId, int priority, Integer position, Integer maxItems, boolean active,
            Date start, Date end, boolean repurchaseAllowed, String sourceName, String targetName) {
        this.rowNumber = rowNumber;
        this.id = id;
        this.name = name;
        this.type = type;
        this.sourceProductId = sourceProductId;
        this.sourceCategoryId = sourceCategoryId;
        this.targetProductId = targetProductId;
        this.targetCategoryId = targetCategoryId;
        this.priority = priority;
        this.position = position;
        this.maxItems = maxItems;
        this.active = active;
        this.start = start == null ? null : new Date(start.getTime());
        this.end = end == null ? null : new Date(end.getTime());
        this.repurchaseAllowed = repurchaseAllowed;
        this.sourceName = sourceName;
        this.targetName = targetName;
    }

    /** This row with the names of its source and target (product or category) for the export. */
    public RuleCsvRow withNames(String source, String target) {
        return new RuleCsvRow(rowNumber, id, name, type, sourceProductId, sourceCategoryId, targetProductId,
                targetCategoryId, priority, position, maxItems, active, start, end, repurchaseAllowed, source, target);
    }
}
