package io.crosssell.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.crosssell.benchmarks.RelevanceEvaluation.Kind;
import io.crosssell.benchmarks.RelevanceEvaluation.Method;
import io.crosssell.benchmarks.RelevanceEvaluation.Mode;
import io.crosssell.recommend.AnchorMerge;

/**
 * The relevance evaluation's trade-off as an SVG: one panel per data set and mode, HitRate@K up, coverage@K
 * across, one labelled point per method. The confidence-to-lift blends are joined in order of their exponent
 * (solid: best anchor; dashed: cart sums, cart panels only), so the line is the frontier the candidates trace.
 */
final class TradeOffChart {

    private static final int PANEL_W = 380;
    private static final int PANEL_H = 260;
    private static final int MARGIN_L = 56;
    private static final int MARGIN_T = 50;
    private static final int GAP = 70;
    private static final List<String> BEST_LINE = List.of("new", "a.75", "a.50", "a.25", "a0");
    private static final List<String> SUM_LINE = List.of("s1", "s.75", "s.50");

    private TradeOffChart() {
    }

    static void write(Path file, Map<String, Map<Mode, Map<Method, RankingMetrics>>> results, int k) {
        int columns = Mode.values().length;
        int rows = results.size();
        int width = MARGIN_L + columns * (PANEL_W + GAP);
        int height = MARGIN_T + rows * (PANEL_H + GAP) + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"14\">HitRate@%d against coverage@%d, "
                + "leave-one-out on the last 20 %% of each data set</text>%n", MARGIN_L, k, k));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"32\">grey: baselines, black: today, blue: candidates, "
                + "red: new default; solid line: confidence x lift^a + back-fill from a = 1 (new) to a = 0, "
                + "dashed: the same with cart sums</text>%n", MARGIN_L));
        int row = 0;
        for (Map.Entry<String, Map<Mode, Map<Method, RankingMetrics>>> data : results.entrySet()) {
            int column = 0;
            for (Map.Entry<Mode, Map<Method, RankingMetrics>> mode : data.getValue().entrySet()) {
                int x0 = MARGIN_L + column * (PANEL_W + GAP);
                int y0 = MARGIN_T + row * (PANEL_H + GAP) + 20;
                Map<Method, RankingMetrics> shown = new LinkedHashMap<>(mode.getValue());
                if (mode.getKey() == Mode.PRODUCT_PAGE) {
                    // One anchor has nothing to merge: the cart-sum points fall on their best-anchor twins.
                    shown.keySet().removeIf(method -> method.merge() == AnchorMerge.SUM_OF_MINED);
                }
                panel(svg, x0, y0, data.getKey() + ", " + mode.getKey().label, shown, k);
                column++;
            }
            row++;
        }
        svg.append("</svg>\n");
        RelevanceEvaluation.writeString(file, svg.toString());
    }

    private static void panel(StringBuilder svg, int x0, int y0, String title, Map<Method, RankingMetrics> rows, int k) {
        double maxX = 0;
        double maxY = 0;
        double minY = 1;
        for (RankingMetrics m : rows.values()) {
            maxX = Math.max(maxX, m.coverage(k));
            maxY = Math.max(maxY, m.hitRate(k));
            minY = Math.min(minY, m.hitRate(k));
        }
        maxX = niceCeiling(maxX);
        // HitRate in four round steps from just below the lowest point, so that close candidates spread out.
        double lowest = minY;
        double stepY = niceCeiling(Math.max(maxY - lowest, 1e-6) / 4);
        minY = Math.floor(lowest / stepY) * stepY;
        while (minY + 4 * stepY < maxY) {
            stepY = niceCeiling(stepY * 1.0001);
            minY = Math.floor(lowest / stepY) * stepY;
        }
        maxY = minY + 4 * stepY;
        Scale scale = new Scale(x0, y0, maxX, minY, maxY);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"bold\">%s</text>%n",
                x0, y0 - 8, title));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>%n",
                x0, y0, PANEL_W, PANEL_H));
        for (int t = 0; t <= 4; t++) {
            double fx = maxX * t / 4;
            double fy = minY + (maxY - minY) * t / 4;
            int gx = x0 + PANEL_W * t / 4;
            int gy = y0 + PANEL_H - PANEL_H * t / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>%n", gx, y0, gx, y0 + PANEL_H));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>%n", x0, gy, x0 + PANEL_W, gy));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%.3f</text>%n", gx, y0 + PANEL_H + 14, fx));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.3f</text>%n", x0 - 4, gy + 4, fy));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">coverage@%d</text>%n",
                x0 + PANEL_W / 2, y0 + PANEL_H + 30, k));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 %d %d)\">"
                + "HitRate@%d</text>%n", x0 - 42, y0 + PANEL_H / 2, x0 - 42, y0 + PANEL_H / 2, k));
        line(svg, scale, rows, k, BEST_LINE, "");
        line(svg, scale, rows, k, SUM_LINE, " stroke-dasharray=\"4 3\"");
        int n = 0;
        for (Map.Entry<Method, RankingMetrics> row : rows.entrySet()) {
            double px = scale.x(row.getValue().coverage(k));
            double py = scale.y(row.getValue().hitRate(k));
            Kind kind = row.getKey().kind();
            String colour = colour(kind);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"%s/>%n", px, py,
                    kind == Kind.CHOSEN ? 6 : 3, kind == Kind.CHOSEN ? "none" : colour,
                    kind == Kind.CHOSEN ? " stroke=\"" + colour + "\" stroke-width=\"2\"" : ""));
            // Labels alternate above and below their points, which keeps neighbours apart.
            boolean below = kind != Kind.CHOSEN && kind != Kind.TODAY && n++ % 2 == 1;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>%n", px + 5,
                    below ? py + 13 : py - 5, colour, row.getKey().label()));
        }
    }

    /** Panel coordinates of a coverage and a hit rate. */
    private record Scale(int x0, int y0, double maxX, double minY, double maxY) {
        double x(double coverage) {
            return x0 + PANEL_W * coverage / maxX;
        }

        double y(double hitRate) {
            return y0 + PANEL_H - PANEL_H * (hitRate - minY) / (maxY - minY);
        }
    }

    private static void line(StringBuilder svg, Scale scale, Map<Method, RankingMetrics> rows, int k, List<String> labels,
            String style) {
        List<String> points = new ArrayList<>();
        for (String label : labels) {
            for (Map.Entry<Method, RankingMetrics> row : rows.entrySet()) {
                if (row.getKey().label().equals(label)) {
                    points.add(String.format(Locale.ROOT, "%.1f,%.1f", scale.x(row.getValue().coverage(k)),
                            scale.y(row.getValue().hitRate(k))));
                }
            }
        }
        if (points.size() < 2) {
            return;
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"#6b8fd6\"%s/>%n",
                String.join(" ", points), style));
    }

    private static String colour(Kind kind) {
        return switch (kind) {
            case BASELINE -> "#888888";
            case TODAY -> "#000000";
            case CANDIDATE -> "#2458c5";
            case CHOSEN -> "#d62728";
        };
    }

    /** The axis end: the value rounded up to 1, 2 or 5 times a power of ten. */
    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (value <= step * power) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
