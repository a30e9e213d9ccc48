package io.crosssell.rule.csv;

import java.util.Date;

/** One rule as a CSV row; {@code id} null means a new rule. */
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

    public RuleCsvRow(int rowNumber, Long id, String name, String type, Long sourceProductId, Long sourceCategoryId,
            Long targetProductId, Long targetCategoryId, int priority, Integer position, Integer maxItems, boolean active,
            Date start, Date end, boolean repurchaseAllowed) {
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
    }
}
