package io.crosssell.experiment.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.experiment.analysis.AnalysisSettings;
import io.crosssell.experiment.analysis.ExperimentAnalysis;
import io.crosssell.experiment.analysis.ExperimentReport;
import io.crosssell.experiment.analysis.Metric;
import io.crosssell.experiment.analysis.VariantSample;
import io.crosssell.experiment.domain.CrossSellExperiment;
import io.crosssell.experiment.domain.CrossSellExperimentVariant;

/**
 * Sums per variant in the database — per exposed visitor their orders and revenue (orders after their first
 * exposure, cancelled ones left out), then per variant the counts, sums and sums of squares the analysis needs —
 * so the report's work is one grouped query whatever the number of visitors; the cumulative series repeats it
 * with a cut-off per day (at most {@value #MAX_POINTS} points).
 */
public class JdbcExperimentReportService implements ExperimentReportService {

    static final int MAX_POINTS = 60;
    private static final String SAMPLES = "SELECT v.VARIANT_ID, COUNT(*), SUM(CASE WHEN v.ORDERS > 0 THEN 1 ELSE 0 END), SUM(v.ORDERS),"
            + " SUM(v.REVENUE), SUM(v.REVENUE * v.REVENUE), SUM(v.ORDERS * v.ORDERS), SUM(v.REVENUE * v.ORDERS), SUM(v.ATTACHED)"
            + " FROM (SELECT x.VARIANT_ID, x.VISITOR_KEY, COUNT(o.ORDER_ID) AS ORDERS, COALESCE(SUM(o.MERCHANDISE), 0) AS REVENUE,"
            + " SUM(CASE WHEN o.ATTACHED = TRUE THEN 1 ELSE 0 END) AS ATTACHED FROM CS_EXPERIMENT_EXPOSURE x"
            + " LEFT JOIN CS_EXPERIMENT_ORDER o ON o.EXPERIMENT_ID = x.EXPERIMENT_ID AND o.VISITOR_KEY = x.VISITOR_KEY"
            + " AND o.CANCELLED = FALSE AND o.SUBMITTED < ?"
            + " WHERE x.EXPERIMENT_ID = ? AND x.FIRST_EXPOSED < ? GROUP BY x.VARIANT_ID, x.VISITOR_KEY) v GROUP BY v.VARIANT_ID";

    private final JdbcTemplate jdbc;

    public JdbcExperimentReportService(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public ExperimentResults results(CrossSellExperiment experiment) {
        AnalysisSettings settings = settingsOf(experiment);
        long now = System.currentTimeMillis();
        long until = experiment.getStoppedDate() == null ? now : Math.min(now, experiment.getStoppedDate().getTime());
        ExperimentReport overall = experiment.getStartedDate() == null ? null : analyze(experiment, settings, until);
        List<ExperimentResults.Point> points = new ArrayList<ExperimentResults.Point>();
        if (overall != null) {
            LocalDate first = day(experiment.getStartedDate().getTime());
            LocalDate last = day(until);
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            long step = Math.max(1, (days + MAX_POINTS - 1) / MAX_POINTS);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(step)) {
                long cutOff = Math.min(until, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
                points.add(new ExperimentResults.Point(day.toString(), analyze(experiment, settings, cutOff)));
            }
        }
        return new ExperimentResults(experiment, overall, points);
    }

    private ExperimentReport analyze(CrossSellExperiment experiment, AnalysisSettings settings, long cutOff) {
        Timestamp at = new Timestamp(cutOff);
        final Map<Long, Object[]> sums = new HashMap<Long, Object[]>();
        for (Map<String, Object> row : jdbc.queryForList(SAMPLES, at, experiment.getId(), at)) {
            Object[] values = row.values().toArray();
            sums.put(((Number) values[0]).longValue(), values);
        }
        List<VariantSample> samples = new ArrayList<VariantSample>();
        for (CrossSellExperimentVariant variant : experiment.getVariants()) {
            Object[] values = sums.get(variant.getId());
            samples.add(VariantSample.builder(variant.getName()).control(variant.isControl()).weight(variant.getWeight())
                    .visitors(longOf(values, 1)).converters(longOf(values, 2)).orders(longOf(values, 3))
                    .revenue(doubleOf(values, 4)).revenueSquares(doubleOf(values, 5)).ordersSquares(doubleOf(values, 6))
                    .revenueTimesOrders(doubleOf(values, 7)).attachedOrders(longOf(values, 8)).build());
        }
        return ExperimentAnalysis.analyze(samples, settings);
    }

    static AnalysisSettings settingsOf(CrossSellExperiment experiment) {
        AnalysisSettings settings = AnalysisSettings.defaults();
        Metric metric = metricOf(experiment.getPrimaryMetric());
        if (metric != null) {
            settings = settings.withPrimaryMetric(metric);
        }
        if (experiment.getMinimumDetectableEffect() != null) {
            settings = settings.withMinimumDetectableEffect(experiment.getMinimumDetectableEffect().doubleValue() / 100);
        }
        return settings;
    }

    static Metric metricOf(String name) {
        for (Metric metric : Metric.values()) {
            if (metric.name().equals(name)) {
                return metric;
            }
        }
        return null;
    }

    private static LocalDate day(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static long longOf(Object[] values, int index) {
        return values == null || values[index] == null ? 0 : ((Number) values[index]).longValue();
    }

    private static double doubleOf(Object[] values, int index) {
        return values == null || values[index] == null ? 0 : ((Number) values[index]).doubleValue();
    }
}
