package io.crosssell.demo.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.learning.StatisticsSupplier;
import io.crosssell.mining.Association;
import io.crosssell.mining.CoPurchaseStatistics;

/**
 * Gives the seeded orders of the last {@value #DAYS} days an event history, so the performance screen shows data on
 * the demo's first start: every product page's "frequently bought together" items (its mined partners) are shown a
 * few dozen times a day, clicked at 1.5–6 % and added at a third of that, each pair at its own rate; a seeded order
 * line whose product is a partner of another line's product is attributed to that widget at a per-pair attach
 * rate (by an add or a click). Yesterday is the last day: today's figures are the live shop's. Deterministic.
 */
public class DemoTrackingHistory {

    private static final Log LOG = LogFactory.getLog(DemoTrackingHistory.class);
    static final int DAYS = 30;
    private static final int SHOWN = 3;

    private final JdbcTemplate jdbc;
    private final StatisticsSupplier statistics;

    public DemoTrackingHistory(DataSource dataSource, StatisticsSupplier statistics) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.statistics = statistics;
    }

    /** Writes the history unless the tracking tables hold anything already; returns the counter rows written. */
    public int loadIfEmpty() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM CS_TRACKING_COUNTER", Integer.class) > 0
                || jdbc.queryForObject("SELECT COUNT(*) FROM CS_TRACKED_ORDER", Integer.class) > 0) {
            return 0;
        }
        Random random = new Random(20261202L);
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        LocalDate first = yesterday.minusDays(DAYS - 1);
        CoPurchaseStatistics mined = statistics.statistics();
        Map<Long, List<Long>> shown = new LinkedHashMap<Long, List<Long>>();
        Map<Long, Double> views = new HashMap<Long, Double>();
        for (Long product : jdbc.queryForList("SELECT PRODUCT_ID FROM BLC_PRODUCT ORDER BY PRODUCT_ID", Long.class)) {
            List<Long> partners = new ArrayList<Long>();
            for (Association association : mined.associationsOf(product, statistics.thresholds())) {
                if (partners.size() < SHOWN) {
                    partners.add(association.productId());
                }
            }
            if (!partners.isEmpty()) {
                shown.put(product, partners);
                // Page views follow what sells: orders holding the product per day, times a view-to-order ratio.
                views.put(product, 12 + 25 * mined.itemCount(product) / 365.0);
            }
        }
        List<Object[]> counters = new ArrayList<Object[]>();
        for (LocalDate day = first; !day.isAfter(yesterday); day = day.plusDays(1)) {
            for (Map.Entry<Long, List<Long>> page : shown.entrySet()) {
                long pageViews = Math.round(views.get(page.getKey()) * (0.7 + 0.6 * random.nextDouble()));
                for (Long item : page.getValue()) {
                    double clickRate = rate(page.getKey(), item, 0.015, 0.06);
                    long clicks = binomial(random, pageViews, clickRate);
                    long adds = binomial(random, pageViews, clickRate / 3);
                    counters.add(new Object[] { day.toString(), "fbt", page.getKey(), item, pageViews, clicks, adds });
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO CS_TRACKING_COUNTER (COUNT_DAY, PLACEMENT, ANCHOR_PRODUCT_ID, ITEM_PRODUCT_ID, VARIANT_ID,"
                + " IMPRESSIONS, CLICKS, ADDS) VALUES (?, ?, ?, ?, 0, ?, ?, ?)", counters);
        int orders = attributeSeededOrders(random, shown, Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()));
        LOG.info("Demo tracking history: " + counters.size() + " counter rows over " + DAYS + " days, " + orders + " orders");
        return counters.size();
    }

    private int attributeSeededOrders(Random random, Map<Long, List<Long>> shown, Timestamp since) {
        List<Map<String, Object>> lines = jdbc.queryForList("SELECT o.ORDER_ID, o.SUBMIT_DATE, o.ORDER_SUBTOTAL, oi.ORDER_ITEM_ID,"
                + " d.PRODUCT_ID, COALESCE(oi.PRICE, oi.SALE_PRICE, oi.RETAIL_PRICE, 0) AS LINE_PRICE, oi.QUANTITY FROM BLC_ORDER o JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = o.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID WHERE o.ORDER_STATUS = 'SUBMITTED'"
                + " AND o.SUBMIT_DATE >= ? ORDER BY o.ORDER_ID, oi.ORDER_ITEM_ID", since);
        Map<Long, List<Map<String, Object>>> byOrder = new LinkedHashMap<Long, List<Map<String, Object>>>();
        for (Map<String, Object> line : lines) {
            Long order = ((Number) line.get("ORDER_ID")).longValue();
            if (!byOrder.containsKey(order)) {
                byOrder.put(order, new ArrayList<Map<String, Object>>());
            }
            byOrder.get(order).add(line);
        }
        List<Object[]> tracked = new ArrayList<Object[]>();
        List<Object[]> attributed = new ArrayList<Object[]>();
        for (Map.Entry<Long, List<Map<String, Object>>> order : byOrder.entrySet()) {
            Set<Long> products = new LinkedHashSet<Long>();
            for (Map<String, Object> line : order.getValue()) {
                products.add(((Number) line.get("PRODUCT_ID")).longValue());
            }
            Timestamp submitted = (Timestamp) order.getValue().get(0).get("SUBMIT_DATE");
            String day = Instant.ofEpochMilli(submitted.getTime()).atZone(ZoneOffset.UTC).toLocalDate().toString();
            int count = 0;
            for (Map<String, Object> line : order.getValue()) {
                long item = ((Number) line.get("PRODUCT_ID")).longValue();
                for (Long anchor : products) {
                    List<Long> partners = shown.get(anchor);
                    if (anchor == item || partners == null || !partners.contains(item)
                            || random.nextDouble() >= rate(anchor, item, 0.2, 0.7)) {
                        continue;
                    }
                    BigDecimal amount = new BigDecimal(String.valueOf(line.get("LINE_PRICE"))).multiply(BigDecimal.valueOf(((Number) line.get("QUANTITY")).longValue()))
                            .setScale(5, RoundingMode.HALF_UP);
                    attributed.add(new Object[] { order.getKey(), line.get("ORDER_ITEM_ID"), day, anchor, item,
                        random.nextDouble() < 0.6 ? "ADD" : "CLICK", line.get("QUANTITY"), amount });
                    count++;
                    break;
                }
            }
            BigDecimal subtotal = order.getValue().get(0).get("ORDER_SUBTOTAL") == null ? BigDecimal.ZERO
                    : (BigDecimal) order.getValue().get(0).get("ORDER_SUBTOTAL");
            tracked.add(new Object[] { order.getKey(), day, submitted, subtotal, random.nextDouble() < 0.7 ? ",fbt,cart," : ",fbt,", count });
        }
        jdbc.batchUpdate("INSERT INTO CS_TRACKED_ORDER (ORDER_ID, ORDER_DAY, SUBMITTED, MERCHANDISE, CURRENCY, SHOWN_PLACEMENTS,"
                + " ATTRIBUTED_LINES, CANCELLED) VALUES (?, ?, ?, ?, 'USD', ?, ?, FALSE)", tracked);
        jdbc.batchUpdate("INSERT INTO CS_ORDER_ATTRIBUTION (ORDER_ID, LINE_ID, ORDER_DAY, ANCHOR_PRODUCT_ID, ITEM_ID, TOUCH, QUANTITY,"
                + " AMOUNT, LINE_KIND, PLACEMENT, CURRENCY, CANCELLED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PRODUCT', 'fbt', 'USD', FALSE)",
                attributed);
        return tracked.size();
    }

    /** A pair's own rate between low and high, fixed by the pair (so some pairs sell and some do not). */
    private static double rate(long anchor, long item, double low, double high) {
        long mixed = (anchor * 1_000_003L + item) * 0x9E3779B97F4A7C15L;
        double unit = ((mixed >>> 11) & 0xFFFFF) / (double) 0xFFFFF;
        return low + (high - low) * unit;
    }

    private static long binomial(Random random, long trials, double p) {
        long hits = 0;
        for (long i = 0; i < trials; i++) {
            if (random.nextDouble() < p) {
                hits++;
            }
        }
        return hits;
    }
}
