package io.crosssell.rebuild;

/**
 * The lines a rebuild command prints for the admin (read by {@link ExternalRebuild}): progress as
 * {@code crosssell-progress <done> <total> <phase>}, the result as {@code crosssell-result <text>}. Depends on nothing,
 * so the Spark job's jar carries it alone.
 */
public final class RebuildOutput {

    public static final String PROGRESS = "crosssell-progress ";
    public static final String RESULT = "crosssell-result ";

    private RebuildOutput() {
    }

    public static String progressLine(String phase, long done, long total) {
        return PROGRESS + done + " " + total + " " + phase;
    }

    public static String resultLine(String result) {
        return RESULT + result;
    }
}
