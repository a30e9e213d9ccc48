package io.crosssell.experiment.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * The sample-ratio-mismatch check: a chi-square goodness-of-fit test of the visitor counts against the
 * planned weights. A split far off the plan means visitors were assigned or logged wrongly, and then no
 * difference between the variants can be trusted.
 */
final class SampleRatioCheck {

    private static final ChiSquareTest CHI_SQUARE = new ChiSquareTest();
    private static final int MOST_PERCENT_DECIMALS = 3;

    private final double pValue;
    private final String untrustworthyReason;

    private SampleRatioCheck(double pValue, String untrustworthyReason) {
        this.pValue = pValue;
        this.untrustworthyReason = untrustworthyReason;
    }

    static SampleRatioCheck of(List<VariantSample> samples, double srmAlpha) {
        int k = samples.size();
        long[] observed = new long[k];
        double totalWeight = 0;
        long totalVisitors = 0;
        for (int i = 0; i < k; i++) {
            observed[i] = samples.get(i).visitors();
            totalVisitors += observed[i];
            totalWeight += samples.get(i).weight();
        }
        if (totalVisitors == 0) {
            return new SampleRatioCheck(1, "");
        }
        double[] expected = new double[k];
        for (int i = 0; i < k; i++) {
            expected[i] = totalVisitors * samples.get(i).weight() / totalWeight;
        }
        double statistic = CHI_SQUARE.chiSquare(expected, observed);
        // The upper tail Q(df/2, χ²/2) directly: ChiSquaredDistribution gives 1 − CDF, which rounds to 0 below
        // about 1e-16 and would hide how far off a broken split is.
        double pValue = Gamma.regularizedGammaQ((k - 1) / 2.0, statistic / 2);
        String reason = pValue < srmAlpha ? reason(samples, observed, totalVisitors, totalWeight, pValue) : "";
        return new SampleRatioCheck(pValue, reason);
    }

    private static String reason(List<VariantSample> samples, long[] observed, long totalVisitors, double totalWeight,
            double pValue) {
        double[] observedShares = new double[observed.length];
        double[] plannedShares = new double[observed.length];
        for (int i = 0; i < observed.length; i++) {
            observedShares[i] = 100.0 * observed[i] / totalVisitors;
            plannedShares[i] = 100.0 * samples.get(i).weight() / totalWeight;
        }
        // Enough decimals that the split reads differently from the plan, however close the two are.
        int decimals = 1;
        while (decimals < MOST_PERCENT_DECIMALS
                && split(observedShares, decimals, null).equals(split(plannedShares, decimals, null))) {
            decimals++;
        }
        return "Visitors split " + split(observedShares, decimals, samples) + " where " + split(plannedShares, decimals, null)
                + " was planned (sample-ratio mismatch, " + pText(pValue)
                + "): assignment or exposure logging is broken, so the figures cannot be trusted.";
    }

    private static String split(double[] shares, int decimals, List<VariantSample> namedBy) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shares.length; i++) {
            if (i > 0) {
                text.append(" / ");
            }
            if (namedBy != null) {
                text.append(namedBy.get(i).code()).append(' ');
            }
            text.append(new BigDecimal(shares[i]).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString()).append(" %");
        }
        return text.toString();
    }

    /** "p = 0.0042" with two significant digits, tiny values as "p = 2e-21" rather than a row of zeros. */
    static String pText(double p) {
        if (p < 1e-300) {
            return "p < 1e-300";
        }
        if (p >= 0.001) {
            return "p = " + new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
        }
        BigDecimal rounded = new BigDecimal(p).round(new MathContext(1));
        int exponent = rounded.precision() - rounded.scale() - 1;
        return "p = " + rounded.unscaledValue() + "e" + exponent;
    }

    double pValue() {
        return pValue;
    }

    boolean isTrustworthy() {
        return untrustworthyReason.isEmpty();
    }

    String untrustworthyReason() {
        return untrustworthyReason;
    }
}
