package io.crosssell.experiment.analysis;

/**
 * A measured figure with its standard error and confidence interval. Without data to measure it the
 * estimate is unavailable: value, bounds and standard error are all 0, never NaN, and
 * {@link #isAvailable()} says not to show them.
 */
public final class Estimate {

    private static final Estimate UNAVAILABLE = new Estimate(0, 0, 0, 0, false);

    private final double value;
    private final double lower;
    private final double upper;
    private final double standardError;
    private final boolean available;

    private Estimate(double value, double lower, double upper, double standardError, boolean available) {
        this.value = value;
        this.lower = lower;
        this.upper = upper;
        this.standardError = standardError;
        this.available = available;
    }

    /** The value with the normal interval value ± z·standardError. */
    static Estimate normal(double value, double standardError, double z) {
        return new Estimate(value, value - z * standardError, value + z * standardError, standardError, true);
    }

    static Estimate unavailable() {
        return UNAVAILABLE;
    }

    public double value() {
        return value;
    }

    /** The lower bound of the confidence interval. */
    public double lower() {
        return lower;
    }

    /** The upper bound of the confidence interval. */
    public double upper() {
        return upper;
    }

    public double standardError() {
        return standardError;
    }

    /** False when there was no data to estimate from ("no data" in a report). */
    public boolean isAvailable() {
        return available;
    }

    /** Whether the confidence interval holds this value; an unavailable estimate holds none. */
    public boolean covers(double truth) {
        return available && lower <= truth && truth <= upper;
    }

    @Override
    public String toString() {
        return available ? value + " [" + lower + ", " + upper + "] (SE " + standardError + ")" : "no data";
    }
}
