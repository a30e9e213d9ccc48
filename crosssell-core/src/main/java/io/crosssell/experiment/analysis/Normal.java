package io.crosssell.experiment.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal distribution's quantiles and tails, the z of every interval and test here. */
final class Normal {

    // No random generator: the distribution is only evaluated, never sampled, and the default one costs a seeding.
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Normal() {
    }

    static double quantile(double probability) {
        return STANDARD.inverseCumulativeProbability(probability);
    }

    /** P(|Z| ≥ |z|), taken from the lower tail so that tiny p-values keep their digits instead of rounding to 0. */
    static double twoSidedPValue(double z) {
        return Math.min(1, 2 * STANDARD.cumulativeProbability(-Math.abs(z)));
    }
}
