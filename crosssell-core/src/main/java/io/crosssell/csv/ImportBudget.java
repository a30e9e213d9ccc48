package io.crosssell.csv;

/**
 * How long one import may spend checking its rows: an admin request must end, whatever the file. When the
 * budget is spent the import stops, writes nothing and says so.
 */
public final class ImportBudget {

    /** The default: 20 seconds. */
    public static final long DEFAULT_MILLIS = 20_000;

    private final long millis;
    private final long deadline;
    private final boolean limited;

    private ImportBudget(long millis, boolean limited) {
        this.millis = millis;
        this.limited = limited;
        this.deadline = System.nanoTime() + (limited ? millis * 1_000_000L : 0L);
    }

    /** No limit: for checks of a single rule. */
    public static ImportBudget unlimited() {
        return new ImportBudget(0, false);
    }

    /** A budget starting now. */
    public static ImportBudget startingNow(long millis) {
        return new ImportBudget(millis, true);
    }

    /** @throws Exceeded once the budget is spent */
    public void check() {
        if (limited && System.nanoTime() - deadline >= 0) {
            throw new Exceeded(millis);
        }
    }

    /** The budget ran out; its message is the problem the report shows. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(long millis) {
            super("The import took longer than " + seconds(millis)
                    + " and was stopped; nothing was written. Import fewer rows at a time.");
        }

        private static String seconds(long millis) {
            return millis % 1000 == 0 ? (millis / 1000) + " s" : (millis / 1000.0) + " s";
        }
    }
}
