package io.crosssell.experiment.analysis;

import java.util.Collections;
import java.util.List;

/**
 * The analysis of one experiment: every variant's figures against the control, whether the visitor split
 * can be trusted, and whether the planned sample size has been reached.
 */
public final class ExperimentReport {

    private final AnalysisSettings settings;
    private final List<VariantResult> results;
    private final SampleRatioCheck sampleRatio;
    private final SampleSizePlan plan;

    ExperimentReport(AnalysisSettings settings, List<VariantResult> results, SampleRatioCheck sampleRatio,
            SampleSizePlan plan) {
        this.settings = settings;
        this.results = Collections.unmodifiableList(results);
        this.sampleRatio = sampleRatio;
        this.plan = plan;
    }

    public AnalysisSettings settings() {
        return settings;
    }

    /** One result per variant, in the order the samples were given. */
    public List<VariantResult> results() {
        return results;
    }

    public VariantResult control() {
        for (VariantResult result : results) {
            if (result.isControl()) {
                return result;
            }
        }
        throw new IllegalStateException("The report has no control.");
    }

    /** The result of the variant with this code. */
    public VariantResult result(String code) {
        for (VariantResult result : results) {
            if (result.code().equals(code)) {
                return result;
            }
        }
        throw new IllegalArgumentException("The experiment has no variant " + code + ".");
    }

    /** The chi-square goodness-of-fit p-value of the visitor counts against the planned weights; 1 without visitors. */
    public double srmPValue() {
        return sampleRatio.pValue();
    }

    /** False when the visitor split is a sample-ratio mismatch (p &lt; srmAlpha). */
    public boolean isTrustworthy() {
        return sampleRatio.isTrustworthy();
    }

    /** Why the figures cannot be trusted, in a merchandiser's words; empty when they can. */
    public String untrustworthyReason() {
        return sampleRatio.untrustworthyReason();
    }

    /** Visitors each variant needs for the primary metric; −1 while the control gives nothing to plan from. */
    public long plannedVisitorsPerVariant() {
        return plan.plannedVisitors();
    }

    /** Whether every variant, the smallest included, has reached the planned visitors. */
    public boolean hasEnoughData() {
        return plan.hasEnoughData();
    }

    /** Where the test stands against its planned size, as a sentence for a merchandiser. */
    public String dataMessage() {
        return plan.message();
    }

    @Override
    public String toString() {
        return results + (isTrustworthy() ? "" : " — " + untrustworthyReason()) + " — " + dataMessage();
    }
}
