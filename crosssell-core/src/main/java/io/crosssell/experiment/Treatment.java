package io.crosssell.experiment;

/** What a variant changes in its placement's widget. */
public enum Treatment {
    /** The placement as it is (the control). */
    SAME("As today"),
    /** No widget at all: the holdout that measures what the placement earns. */
    HOLDOUT("No widget (holdout)"),
    /** At most this many items (value: 1–10). */
    MAX_ITEMS("Number of items"),
    /** Another title (value: the text, up to 100 characters). */
    TITLE("Title text"),
    /** Another strategy (value: RULES_ONLY, RULES_AND_MINED, MINED_ONLY or ALL). */
    STRATEGY("Strategy"),
    /** Another discount for one bundle (value: bundle id and discount, e.g. {@code 3:15}; fbt only). */
    BUNDLE_DISCOUNT("Bundle discount");

    private final String label;

    Treatment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Treatment fromName(String name) {
        for (Treatment treatment : values()) {
            if (treatment.name().equals(name)) {
                return treatment;
            }
        }
        return null;
    }
}
