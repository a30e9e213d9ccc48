package io.crosssell.experiment.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the samples of an experiment's control and variants into an {@link ExperimentReport}. */
public final class ExperimentAnalysis {

    private ExperimentAnalysis() {
    }

    /**
     * Analyses the samples, exactly one of which is the control; a holdout that shows no widget is just
     * another variant. Results come in the order of the samples.
     *
     * @throws IllegalArgumentException when there is not exactly one control, fewer than two samples or a
     *         code is used twice
     */
    public static ExperimentReport analyze(List<VariantSample> samples, AnalysisSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("Give the analysis settings, e.g. AnalysisSettings.defaults().");
        }
        VariantSample control = checkedControl(samples);
        double z = settings.intervalZ();
        Map<Metric, Measurement> controlMeasurements = measurements(control);
        Map<Metric, Estimate> controlEstimates = estimates(controlMeasurements, control, z);

        List<VariantResult> results = new ArrayList<VariantResult>(samples.size());
        long fewestVisitors = Long.MAX_VALUE;
        for (VariantSample sample : samples) {
            fewestVisitors = Math.min(fewestVisitors, sample.visitors());
            if (sample == control) {
                results.add(new VariantResult(sample, controlEstimates, new EnumMap<Metric, Comparison>(Metric.class)));
                continue;
            }
            Map<Metric, Estimate> estimates = estimates(measurements(sample), sample, z);
            Map<Metric, Comparison> comparisons = new EnumMap<Metric, Comparison>(Metric.class);
            for (Metric metric : Metric.values()) {
                comparisons.put(metric, Comparison.of(estimates.get(metric), controlEstimates.get(metric), settings));
            }
            results.add(new VariantResult(sample, estimates, comparisons));
        }
        return new ExperimentReport(settings, results, SampleRatioCheck.of(samples, settings.srmAlpha()),
                SampleSizePlan.of(controlMeasurements.get(settings.primaryMetric()), fewestVisitors, settings));
    }

    private static VariantSample checkedControl(List<VariantSample> samples) {
        if (samples == null || samples.size() < 2) {
            throw new IllegalArgumentException("An experiment needs a control and at least one variant, not "
                    + (samples == null ? 0 : samples.size()) + " samples.");
        }
        Set<String> codes = new HashSet<String>();
        List<String> controls = new ArrayList<String>();
        VariantSample control = null;
        for (VariantSample sample : samples) {
            if (sample == null) {
                throw new IllegalArgumentException("The samples contain a null.");
            }
            if (!codes.add(sample.code())) {
                throw new IllegalArgumentException("Two variants share the code " + sample.code() + ".");
            }
            if (sample.isControl()) {
                controls.add(sample.code());
                control = sample;
            }
        }
        if (controls.size() != 1) {
            throw new IllegalArgumentException("An experiment needs exactly one control to compare against, but "
                    + (controls.isEmpty() ? "no variant is" : controls.size() + " variants are " + controls)
                    + " marked as control.");
        }
        return control;
    }

    private static Map<Metric, Measurement> measurements(VariantSample sample) {
        Map<Metric, Measurement> measurements = new EnumMap<Metric, Measurement>(Metric.class);
        for (Metric metric : Metric.values()) {
            measurements.put(metric, Measurement.of(metric, sample));
        }
        return measurements;
    }

    private static Map<Metric, Estimate> estimates(Map<Metric, Measurement> measurements, VariantSample sample, double z) {
        Map<Metric, Estimate> estimates = new EnumMap<Metric, Estimate>(Metric.class);
        for (Map.Entry<Metric, Measurement> entry : measurements.entrySet()) {
            estimates.put(entry.getKey(), entry.getValue().estimate(sample.visitors(), z));
        }
        return estimates;
    }
}
