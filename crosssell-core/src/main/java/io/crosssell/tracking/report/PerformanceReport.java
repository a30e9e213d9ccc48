package io.crosssell.tracking.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.crosssell.tracking.domain.TrackingNode;

/** Everything the "Cross-sell performance" screen and its CSV exports show for one date range. */
public final class PerformanceReport {

    /** A named row of figures (a placement, pair, rule, bundle, add-on or day). */
    public static final class Row {
        private final String key;
        private final String label;
        private final Funnel figures;
        private final Map<String, Object> extra = new LinkedHashMap<String, Object>();

        Row(String key, String label, Funnel figures) {
            this.key = key;
            this.label = label;
            this.figures = figures;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public Funnel getFigures() {
            return figures;
        }

        /** Further named values of the row (ids for links, a bundle's savings, an add-on's quantity). */
        public Map<String, Object> getExtra() {
            return extra;
        }
    }

    final LocalDate from;
    final LocalDate to;
    String currency = "USD";
    final List<Row> placements = new ArrayList<Row>();
    final List<Row> days = new ArrayList<Row>();
    final List<Row> topPairs = new ArrayList<Row>();
    final List<Row> bottomPairs = new ArrayList<Row>();
    final List<Row> rules = new ArrayList<Row>();
    final List<Row> bundles = new ArrayList<Row>();
    final List<Row> addOns = new ArrayList<Row>();
    final List<TrackingNode> nodes = new ArrayList<TrackingNode>();
    final Funnel total = new Funnel();
    long ordersWithCrossSell;
    BigDecimal merchandiseWithCrossSell = BigDecimal.ZERO;
    long ordersWithout;
    BigDecimal merchandiseWithout = BigDecimal.ZERO;
    long cancelledOrders;

    PerformanceReport(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    /** The currency revenue is shown in (the one most orders of the range were placed in). */
    public String getCurrency() {
        return currency;
    }

    public List<Row> getPlacements() {
        return placements;
    }

    /** One row per day of the range, every day present (zeros included), for the charts. */
    public List<Row> getDays() {
        return days;
    }

    public List<Row> getTopPairs() {
        return topPairs;
    }

    public List<Row> getBottomPairs() {
        return bottomPairs;
    }

    public List<Row> getRules() {
        return rules;
    }

    public List<Row> getBundles() {
        return bundles;
    }

    public List<Row> getAddOns() {
        return addOns;
    }

    /** Every storefront JVM that reported, latest first, with its dropped events. */
    public List<TrackingNode> getNodes() {
        return nodes;
    }

    public long getDroppedEvents() {
        long dropped = 0;
        for (TrackingNode node : nodes) {
            dropped += node.getDropped();
        }
        return dropped;
    }

    public Funnel getTotal() {
        return total;
    }

    public long getOrdersWithCrossSell() {
        return ordersWithCrossSell;
    }

    public long getOrdersWithout() {
        return ordersWithout;
    }

    public long getCancelledOrders() {
        return cancelledOrders;
    }

    /** Average merchandise value of orders with an attributed line: descriptive, not the effect of cross-selling. */
    public BigDecimal getAovWithCrossSell() {
        return average(merchandiseWithCrossSell, ordersWithCrossSell);
    }

    public BigDecimal getAovWithout() {
        return average(merchandiseWithout, ordersWithout);
    }

    private static BigDecimal average(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
