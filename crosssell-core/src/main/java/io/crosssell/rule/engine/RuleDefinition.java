package io.crosssell.rule.engine;

/**
 * A merchandiser rule in effect, as plain values: source and target are each a product or a category.
 */
public final class RuleDefinition {

    private final long id;
    private final String type;
    private final Long sourceProductId;
    private final Long sourceCategoryId;
    private final Long targetProductId;
    private final Long targetCategoryId;
    private final int priority;
    private final Integer position;
    private final Integer maxItems;
    private final boolean repurchaseAllowed;
    private final String sourceLabel;
    private final String targetLabel;

    private RuleDefinition(Builder builder) {
        this.id = builder.id;
        this.type = builder.type;
        this.sourceProductId = builder.sourceProductId;
        this.sourceCategoryId = builder.sourceCategoryId;
        this.targetProductId = builder.targetProductId;
        this.targetCategoryId = builder.targetCategoryId;
        this.priority = builder.priority;
        this.position = builder.position;
        this.maxItems = builder.maxItems;
        this.repurchaseAllowed = builder.repurchaseAllowed;
        this.sourceLabel = builder.sourceLabel;
        this.targetLabel = builder.targetLabel;
        if ((sourceProductId == null) == (sourceCategoryId == null)) {
            throw new IllegalArgumentException("Rule " + id + " needs exactly one source: a product or a category");
        }
        if ((targetProductId == null) == (targetCategoryId == null)) {
            throw new IllegalArgumentException("Rule " + id + " needs exactly one target: a product or a category");
        }
    }

    public static Builder builder(long id, String type) {
        return new Builder(id, type);
    }

    public long id() {
        return id;
    }

    /** The rule type's code, e.g. FREQUENTLY_BOUGHT_TOGETHER. */
    public String type() {
        return type;
    }

    public Long sourceProductId() {
        return sourceProductId;
    }

    public Long sourceCategoryId() {
        return sourceCategoryId;
    }

    public Long targetProductId() {
        return targetProductId;
    }

    public Long targetCategoryId() {
        return targetCategoryId;
    }

    public int priority() {
        return priority;
    }

    public Integer position() {
        return position;
    }

    public Integer maxItems() {
        return maxItems;
    }

    public boolean repurchaseAllowed() {
        return repurchaseAllowed;
    }

    /** "rule 12: Bikes → Helmets" */
    public String describe() {
        return "rule " + id + ": " + sourceLabel + " \u2192 " + targetLabel;
    }

    /** Builds a rule definition. */
    public static final class Builder {
        private final long id;
        private final String type;
        private Long sourceProductId;
        private Long sourceCategoryId;
        private Long targetProductId;
        private Long targetCategoryId;
        private int priority;
        private Integer position;
        private Integer maxItems;
        private boolean repurchaseAllowed;
        private String sourceLabel = "?";
        private String targetLabel = "?";

        private Builder(long id, String type) {
            this.id = id;
            this.type = type;
        }

        public Builder sourceProduct(long productId, String label) {
            sourceProductId = productId;
            sourceLabel = label;
            return this;
        }

        public Builder sourceCategory(long categoryId, String label) {
            sourceCategoryId = categoryId;
            sourceLabel = label;
            return this;
        }

        public Builder targetProduct(long productId, String label) {
            targetProductId = productId;
            targetLabel = label;
            return this;
        }

        public Builder targetCategory(long categoryId, String label) {
            targetCategoryId = categoryId;
            targetLabel = label;
            return this;
        }

        public Builder priority(int value) {
            priority = value;
            return this;
        }

        public Builder position(Integer value) {
            position = value;
            return this;
        }

        public Builder maxItems(Integer value) {
            maxItems = value;
            return this;
        }

        public Builder repurchaseAllowed(boolean value) {
            repurchaseAllowed = value;
            return this;
        }

        public RuleDefinition build() {
            return new RuleDefinition(this);
        }
    }
}
