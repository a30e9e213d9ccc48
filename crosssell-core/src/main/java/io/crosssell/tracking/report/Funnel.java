package io.crosssell.tracking.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Impressions → clicks → adds → orders → revenue of one placement, pair, rule or day, with the rates derived from them. */
public final class Funnel {

    long impressions;
    long clicks;
    long adds;
    /** Orders with a line attributed (added or clicked) to it. */
    long orders;
    BigDecimal revenue = BigDecimal.ZERO;
    /** Orders with a line bought after being only shown (view-through, not attributed). */
    long viewThroughOrders;
    BigDecimal viewThroughRevenue = BigDecimal.ZERO;
    /** Orders whose shopper was shown the placement within the window (placements only). */
    long ordersShown;

    public long getImpressions() {
        return impressions;
    }

    public long getClicks() {
        return clicks;
    }

    public long getAdds() {
        return adds;
    }

    public long getOrders() {
        return orders;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public long getViewThroughOrders() {
        return viewThroughOrders;
    }

    public BigDecimal getViewThroughRevenue() {
        return viewThroughRevenue;
    }

    public long getOrdersShown() {
        return ordersShown;
    }

    /** Clicks per impression, in per cent (null without impressions). */
    public BigDecimal getClickThroughRate() {
        return percent(clicks, impressions);
    }

    /** Adds per impression, in per cent. */
    public BigDecimal getAddRate() {
        return percent(adds, impressions);
    }

    /** Orders with an attributed line per order that showed the placement, in per cent. */
    public BigDecimal getAttachRate() {
        return percent(orders, ordersShown);
    }

    /** Attributed orders per impression, in per cent: how pairs and rules are ranked against each other. */
    public BigDecimal getOrderRate() {
        return percent(orders, impressions);
    }

    static BigDecimal percent(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(2, RoundingMode.HALF_UP);
    }

    void add(Funnel other) {
        impressions += other.impressions;
        clicks += other.clicks;
        adds += other.adds;
        orders += other.orders;
        revenue = revenue.add(other.revenue);
        viewThroughOrders += other.viewThroughOrders;
        viewThroughRevenue = viewThroughRevenue.add(other.viewThroughRevenue);
        ordersShown += other.ordersShown;
    }
}
