package io.crosssell.mining;

import java.util.Objects;

/**
 * What makes a co-purchase worth recommending: how often, how confidently and how far above chance a
 * pair is bought together, and how fast old orders fade.
 */
public final class MiningThresholds {

    private static final double MILLIS_PER_DAY = 24.0 * 60 * 60 * 1000;
    private static final MiningThresholds DEFAULTS = new MiningThresholds(3, 0.05, 1.2, 0);

    private final double minPairCount;
    private final double minConfidence;
    private final double minLift;
    private final double halfLifeDays;

    private MiningThresholds(double minPairCount, double minConfidence, double minLift, double halfLifeDays) {
        if (!(minPairCount >= 1) || Double.isInfinite(minPairCount)) {
            throw new IllegalArgumentException("minPairCount must be a finite number >= 1, was " + minPairCount);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1, was " + minConfidence);
        }
        if (!(minLift >= 0) || Double.isInfinite(minLift)) {
            throw new IllegalArgumentException("minLift must be a finite number >= 0, was " + minLift);
        }
        if (!(halfLifeDays >= 0) || Double.isInfinite(halfLifeDays)) {
            throw new IllegalArgumentException(
                    "halfLifeDays must be a finite number >= 0 (0 = no decay), was " + halfLifeDays);
        }
        this.minPairCount = minPairCount;
        this.minConfidence = minConfidence;
        this.minLift = minLift;
        this.halfLifeDays = halfLifeDays;
    }

    /** At least 3 orders together, confidence 0.05, lift 1.2, no decay. */
    public static MiningThresholds defaults() {
        return DEFAULTS;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public static MiningThresholds of(double minPairCount, double minConfidence, double minLift,
            double halfLifeDays) {
        return new MiningThresholds(minPairCount, minConfidence, minLift, halfLifeDays);
    }

    public MiningThresholds withMinPairCount(double value) {
        return new MiningThresholds(value, minConfidence, minLift, halfLifeDays);
    }

    public MiningThresholds withMinConfidence(double value) {
        return new MiningThresholds(minPairCount, value, minLift, halfLifeDays);
    }

    public MiningThresholds withMinLift(double value) {
        return new MiningThresholds(minPairCount, minConfidence, value, halfLifeDays);
    }

    public MiningThresholds withHalfLifeDays(double value) {
        return new MiningThresholds(minPairCount, minConfidence, minLift, value);
    }

    /** The least (weighted) number of orders a pair must share; at least 1. */
    public double minPairCount() {
        return minPairCount;
    }

    /** The least share of the anchor's orders that also hold the partner, in [0, 1]. */
    public double minConfidence() {
        return minConfidence;
    }

    /** The least ratio of observed to chance co-occurrence. */
    public double minLift() {
        return minLift;
    }

    /** Days after which an order counts half as much; 0 means every order counts fully. */
    public double halfLifeDays() {
        return halfLifeDays;
    }

    /** Whether the association passes the pair count, confidence and lift thresholds. */
    public boolean admits(Association association) {
        return association.pairCount() >= minPairCount && association.confidence() >= minConfidence
                && association.lift() >= minLift;
    }

    /**
     * The basket weight of an order submitted at {@code submittedAtMillis}: 1 without decay, else
     * {@code 2^((submitted - reference) / halfLife)}. Orders after the reference weigh more than 1,
     * earlier ones less; any fixed reference gives the same confidence and lift, because all weights
     * scale by the same factor. Pick one near the orders' dates (e.g. the start of the mining run):
     * orders thousands of half-lives away would overflow to infinity or underflow to 0, which
     * {@link Basket#weighted} rejects.
     */
    public double decayWeight(long submittedAtMillis, long referenceMillis) {
        if (halfLifeDays == 0) {
            return 1.0;
        }
        double elapsed = (double) submittedAtMillis - (double) referenceMillis;
        return Math.pow(2, elapsed / (halfLifeDays * MILLIS_PER_DAY));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MiningThresholds)) {
            return false;
        }
        MiningThresholds that = (MiningThresholds) other;
        return Double.compare(minPairCount, that.minPairCount) == 0
                && Double.compare(minConfidence, that.minConfidence) == 0
                && Double.compare(minLift, that.minLift) == 0
                && Double.compare(halfLifeDays, that.halfLifeDays) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minPairCount, minConfidence, minLift, halfLifeDays);
    }

    @Override
    public String toString() {
        return "MiningThresholds{minPairCount=" + minPairCount + ", minConfidence=" + minConfidence
                + ", minLift=" + minLift + ", halfLifeDays=" + halfLifeDays + '}';
    }
}
