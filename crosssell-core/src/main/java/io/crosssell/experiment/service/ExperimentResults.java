package io.crosssell.experiment.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.crosssell.csv.CsvTable;
import io.crosssell.experiment.analysis.Comparison;
import io.crosssell.experiment.analysis.Estimate;
import io.crosssell.experiment.analysis.ExperimentReport;
import io.crosssell.experiment.analysis.Metric;
import io.crosssell.experiment.analysis.VariantResult;
import io.crosssell.experiment.domain.CrossSellExperiment;
import io.crosssell.experiment.domain.CrossSellExperimentVariant;

/**
 * An experiment's report for the admin: the analysis as of now (null before it started), the cumulative lift of
 * the first treatment against the control per day, and the same as chart data and CSV.
 */
public final class ExperimentResults {

    /** The analysis of the data up to the end of one day. */
    public static final class Point {
        private final String day;
        private final ExperimentReport report;

        Point(String day, ExperimentReport report) {
            this.day = day;
            this.report = report;
        }

        public String getDay() {
            return day;
        }

        public ExperimentReport getReport() {
            return report;
        }
    }

    private final CrossSellExperiment experiment;
    private final ExperimentReport report;
    private final List<Point> points;

    ExperimentResults(CrossSellExperiment experiment, ExperimentReport report, List<Point> points) {
        this.experiment = experiment;
        this.report = report;
        this.points = Collections.unmodifiableList(points);
    }

    public ExperimentReport getReport() {
        return report;
    }

    public List<Point> getPoints() {
        return points;
    }

    public boolean isStarted() {
        return report != null;
    }

    public Metric getPrimaryMetric() {
        return report == null ? Metric.REVENUE_PER_VISITOR : report.settings().primaryMetric();
    }

    /** The variant id of a result (same order as the experiment's variants). */
    public Long variantIdOf(VariantResult result) {
        for (CrossSellExperimentVariant variant : experiment.getVariants()) {
            if (variant.getName().equals(result.code())) {
                return variant.getId();
            }
        }
        return null;
    }

    /** Whether the result is a holdout's (no widget): its lower figures are what the widget earns, no guardrail breach. */
    public boolean isHoldout(VariantResult result) {
        for (CrossSellExperimentVariant variant : experiment.getVariants()) {
            if (variant.getName().equals(result.code())) {
                return "HOLDOUT".equals(variant.getTreatment());
            }
        }
        return false;
    }

    /** The first variant that is not the control: the one the cumulative chart follows. */
    private VariantResult firstTreatment(ExperimentReport at) {
        for (VariantResult result : at.results()) {
            if (!result.isControl()) {
                return result;
            }
        }
        return null;
    }

    /** Days, the first treatment's cumulative relative lift (per cent) with its interval, and per-variant bars of the primary metric. */
    public String chartData() {
        StringBuilder days = new StringBuilder();
        StringBuilder lift = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder upper = new StringBuilder();
        Metric metric = getPrimaryMetric();
        for (Point point : points) {
            VariantResult treatment = firstTreatment(point.report);
            Comparison comparison = treatment == null ? null : treatment.comparison(metric);
            Estimate relative = comparison == null ? null : comparison.relativeLift();
            boolean shown = relative != null && relative.isAvailable();
            append(days, "\"" + point.day + "\"");
            append(lift, shown ? number(100 * relative.value()) : "null");
            append(lower, shown ? number(100 * relative.lower()) : "null");
            append(upper, shown ? number(100 * relative.upper()) : "null");
        }
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder lows = new StringBuilder();
        StringBuilder highs = new StringBuilder();
        if (report != null) {
            for (VariantResult result : report.results()) {
                Estimate estimate = result.estimate(metric);
                // Names are a merchandiser's text: only letters, digits and spaces reach the JSON.
                append(names, "\"" + result.code().replaceAll("[^\\p{L}\\p{N} ]", " ") + "\"");
                append(values, estimate.isAvailable() ? number(estimate.value()) : "null");
                append(lows, estimate.isAvailable() ? number(estimate.lower()) : "null");
                append(highs, estimate.isAvailable() ? number(estimate.upper()) : "null");
            }
        }
        return "{\"metric\":\"" + metric.label() + "\",\"days\":[" + days + "],\"lift\":[" + lift + "],\"lower\":[" + lower
                + "],\"upper\":[" + upper + "],\"variants\":[" + names + "],\"values\":[" + values + "],\"lows\":[" + lows
                + "],\"highs\":[" + highs + "]}";
    }

    /** One row per variant: every metric with its interval, and the lift against the control with its p-value. */
    public String csv() {
        List<String> columns = new ArrayList<String>(Arrays.asList("variant", "control", "visitors", "converters", "orders"));
        for (Metric metric : Metric.values()) {
            String name = metric.name().toLowerCase(Locale.ROOT);
            columns.addAll(Arrays.asList(name, name + "_low", name + "_high", name + "_lift", name + "_lift_low", name + "_lift_high",
                    name + "_p_value"));
        }
        columns.addAll(Arrays.asList("srm_p_value", "trustworthy", "planned_visitors_per_variant", "enough_data"));
        List<Object[]> rows = new ArrayList<Object[]>();
        if (report != null) {
            for (VariantResult result : report.results()) {
                List<Object> cells = new ArrayList<Object>(Arrays.<Object>asList(result.code(), result.isControl(),
                        result.sample().visitors(), result.sample().converters(), result.sample().orders()));
                for (Metric metric : Metric.values()) {
                    Estimate estimate = result.estimate(metric);
                    cells.add(estimate.isAvailable() ? number(estimate.value()) : null);
                    cells.add(estimate.isAvailable() ? number(estimate.lower()) : null);
                    cells.add(estimate.isAvailable() ? number(estimate.upper()) : null);
                    Comparison comparison = result.isControl() ? null : result.comparison(metric);
                    boolean compared = comparison != null && comparison.relativeLift().isAvailable();
                    cells.add(compared ? number(comparison.relativeLift().value()) : null);
                    cells.add(compared ? number(comparison.relativeLift().lower()) : null);
                    cells.add(compared ? number(comparison.relativeLift().upper()) : null);
                    cells.add(compared ? String.format(Locale.ROOT, "%.6g", comparison.pValue()) : null);
                }
                cells.add(String.format(Locale.ROOT, "%.6g", report.srmPValue()));
                cells.add(report.isTrustworthy());
                cells.add(report.plannedVisitorsPerVariant());
                cells.add(report.hasEnoughData());
                rows.add(cells.toArray());
            }
        }
        return new CsvTable(columns, "variants", Integer.MAX_VALUE).write(rows);
    }

    private static void append(StringBuilder list, String value) {
        list.append(list.length() > 0 ? "," : "").append(value);
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.6f", value);
    }
}
