package io.crosssell.admin.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.crosssell.tracking.report.Funnel;
import io.crosssell.tracking.report.PerformanceReport;

/** The performance tables as CSV: one row per placement, day, pair, rule, bundle or add-on, money in the report's currency. */
final class PerformanceCsv {

    private static final String[] FUNNEL = { "impressions", "clicks", "adds", "orders", "attributed_revenue", "click_through_rate",
        "add_rate", "view_through_orders", "view_through_revenue" };

    private PerformanceCsv() {
    }

    static String write(PerformanceReport report, String table) {
        List<String> columns = new ArrayList<String>();
        List<PerformanceReport.Row> rows;
        if ("days".equals(table)) {
            columns.add("day");
            rows = report.getDays();
        } else if ("pairs".equals(table)) {
            columns.add("pair");
            rows = new ArrayList<PerformanceReport.Row>(report.getTopPairs());
            rows.addAll(report.getBottomPairs());
        } else if ("rules".equals(table)) {
            columns.add("rule");
            rows = report.getRules();
        } else if ("bundles".equals(table)) {
            columns.add("bundle");
            rows = report.getBundles();
        } else if ("addons".equals(table)) {
            columns.add("addon");
            rows = report.getAddOns();
        } else {
            columns.add("placement");
            rows = report.getPlacements();
        }
        for (String column : FUNNEL) {
            columns.add(column);
        }
        boolean placements = "placement".equals(columns.get(0));
        if (placements) {
            columns.add("orders_shown");
            columns.add("attach_rate");
        }
        columns.add("currency");
        List<Object[]> values = new ArrayList<Object[]>();
        for (PerformanceReport.Row row : rows) {
            Funnel f = row.getFigures();
            List<Object> cells = new ArrayList<Object>();
            cells.add(placements || "day".equals(columns.get(0)) ? row.getKey() : row.getLabel());
            cells.add(f.getImpressions());
            cells.add(f.getClicks());
            cells.add(f.getAdds());
            cells.add(f.getOrders());
            cells.add(money(f.getRevenue()));
            cells.add(f.getClickThroughRate());
            cells.add(f.getAddRate());
            cells.add(f.getViewThroughOrders());
            cells.add(money(f.getViewThroughRevenue()));
            if (placements) {
                cells.add(f.getOrdersShown());
                cells.add(f.getAttachRate());
            }
            cells.add(report.getCurrency());
            values.add(cells.toArray());
        }
        return CrossSellPerformanceController.table(columns.toArray(new String[0])).write(values);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "0.00" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
