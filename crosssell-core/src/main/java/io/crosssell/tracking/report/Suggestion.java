package io.crosssell.tracking.report;

/** Something the figures suggest doing, with what one click would do (nothing changes without it). */
public final class Suggestion {

    /** What the click does. */
    public enum Action { ADD_RULE, DEACTIVATE_RULE }

    private final Action action;
    private final String title;
    private final String reason;
    private final long sourceProductId;
    private final long targetProductId;
    private final Long ruleId;

    Suggestion(Action action, String title, String reason, long sourceProductId, long targetProductId, Long ruleId) {
        this.action = action;
        this.title = title;
        this.reason = reason;
        this.sourceProductId = sourceProductId;
        this.targetProductId = targetProductId;
        this.ruleId = ruleId;
    }

    public Action getAction() {
        return action;
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public long getSourceProductId() {
        return sourceProductId;
    }

    public long getTargetProductId() {
        return targetProductId;
    }

    /** The rule to deactivate (DEACTIVATE_RULE), else null. */
    public Long getRuleId() {
        return ruleId;
    }
}
