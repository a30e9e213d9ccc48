package io.crosssell.tracking.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.addon.domain.CrossSellAddOn;
import io.crosssell.addon.service.AddOnService;
import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.service.BundleService;
import io.crosssell.catalog.BroadleafCatalogAdapter;
import io.crosssell.learning.StatisticsSupplier;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.recommend.Placement;
import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.tracking.TrackedPlacements;
import io.crosssell.tracking.domain.TrackingCounter;
import io.crosssell.tracking.domain.TrackingNode;

/**
 * Aggregates in the database (GROUP BY over the day range) and joins the pieces in memory: counters per
 * (placement, anchor, item), attributed lines per the same key, tracked orders for exposure and AOV.
 */
public class JpaPerformanceReportService implements PerformanceReportService {

    /** Pairs and rules need this many impressions before they are ranked or suggested for removal. */
    private final long minImpressions;
    private static final int LISTED_PAIRS = 10;
    private static final int LISTED_SUGGESTIONS = 10;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final CatalogService catalog;
    private final BroadleafCatalogAdapter structure;
    private final CrossSellRuleDao rules;
    private final BundleService bundles;
    private final AddOnService addOns;
    private final StatisticsSupplier statistics;
    private final TransactionTemplate reading;

    public JpaPerformanceReportService(CatalogService catalog, BroadleafCatalogAdapter structure, CrossSellRuleDao rules,
            BundleService bundles, AddOnService addOns, StatisticsSupplier statistics, PlatformTransactionManager transactionManager,
            long minImpressions) {
        this.catalog = catalog;
        this.structure = structure;
        this.rules = rules;
        this.bundles = bundles;
        this.addOns = addOns;
        this.statistics = statistics;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.minImpressions = minImpressions;
    }

    /** (placement, anchor, item) */
    private static String pairKey(Object placement, Object anchor, Object item) {
        return placement + "|" + anchor + "|" + item;
    }

    @Override
    public PerformanceReport report(final LocalDate from, final LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends before it starts");
        }
        return reading.execute(new TransactionCallback<PerformanceReport>() {
            @Override
            public PerformanceReport doInTransaction(TransactionStatus status) {
                return build(from, to);
            }
        });
    }

    private PerformanceReport build(LocalDate from, LocalDate to) {
        PerformanceReport report = new PerformanceReport(from, to);
        String start = from.toString();
        String end = to.toString();
        report.currency = mainCurrency(start, end);
        Map<String, Funnel> pairs = pairFigures(start, end, report.currency);

        Map<String, Funnel> byPlacement = new LinkedHashMap<String, Funnel>();
        for (Placement placement : Placement.values()) {
            byPlacement.put(placement.code(), new Funnel());
        }
        for (Map.Entry<String, Funnel> pair : pairs.entrySet()) {
            String placement = pair.getKey().substring(0, pair.getKey().indexOf('|'));
            if (!byPlacement.containsKey(placement)) {
                continue;
            }
            byPlacement.get(placement).add(pair.getValue());
        }
        // Orders, not lines: an order with two attributed lines of one placement counts once.
        for (Object[] row : em.createQuery("SELECT a.placement, a.touch, COUNT(DISTINCT a.id.orderId) FROM OrderAttribution a"
                + " WHERE a.cancelled = false AND a.lineKind = 'PRODUCT' AND a.day >= :from AND a.day <= :to AND a.currency = :currency"
                + " GROUP BY a.placement, a.touch", Object[].class).setParameter("from", start).setParameter("to", end)
                .setParameter("currency", report.currency).getResultList()) {
            Funnel funnel = byPlacement.get(row[0]);
            if (funnel != null && "VIEW".equals(row[1])) {
                funnel.viewThroughOrders = ((Number) row[2]).longValue();
            }
        }
        for (Object[] row : em.createQuery("SELECT a.placement, COUNT(DISTINCT a.id.orderId) FROM OrderAttribution a"
                + " WHERE a.cancelled = false AND a.lineKind = 'PRODUCT' AND a.touch <> 'VIEW' AND a.day >= :from AND a.day <= :to"
                + " AND a.currency = :currency GROUP BY a.placement", Object[].class).setParameter("from", start).setParameter("to", end)
                .setParameter("currency", report.currency).getResultList()) {
            Funnel funnel = byPlacement.get(row[0]);
            if (funnel != null) {
                funnel.orders = ((Number) row[1]).longValue();
            }
        }
        for (Map.Entry<String, Funnel> placement : byPlacement.entrySet()) {
            placement.getValue().ordersShown = em.createQuery("SELECT COUNT(t) FROM TrackedOrder t WHERE t.cancelled = false"
                    + " AND t.day >= :from AND t.day <= :to AND t.shownPlacements LIKE :placement", Long.class)
                    .setParameter("from", start).setParameter("to", end).setParameter("placement", "%," + placement.getKey() + ",%")
                    .getSingleResult();
            report.placements.add(new PerformanceReport.Row(placement.getKey(), labelOf(placement.getKey()), placement.getValue()));
            report.total.add(placement.getValue());
        }
        report.total.orders = em.createQuery("SELECT COUNT(DISTINCT a.id.orderId) FROM OrderAttribution a WHERE a.cancelled = false"
                + " AND a.lineKind = 'PRODUCT' AND a.touch <> 'VIEW' AND a.day >= :from AND a.day <= :to", Long.class)
                .setParameter("from", start).setParameter("to", end).getSingleResult();
        report.total.ordersShown = em.createQuery("SELECT COUNT(t) FROM TrackedOrder t WHERE t.cancelled = false"
                + " AND t.day >= :from AND t.day <= :to AND t.shownPlacements <> ','", Long.class)
                .setParameter("from", start).setParameter("to", end).getSingleResult();

        days(report, start, end);
        List<CrossSellRule> all = rules.readAll();
        Map<Long, Set<Long>> categories = new HashMap<Long, Set<Long>>();
        rankPairs(report, pairs, all, categories);
        rules(report, pairs, all, categories);
        bundlesAndAddOns(report, start, end);
        aov(report, start, end);
        report.nodes.addAll(em.createQuery("SELECT n FROM TrackingNode n ORDER BY n.lastReport DESC", TrackingNode.class)
                .setMaxResults(50).getResultList());
        return report;
    }

    private String mainCurrency(String start, String end) {
        List<Object[]> currencies = em.createQuery("SELECT t.currency, COUNT(t) FROM TrackedOrder t WHERE t.day >= :from"
                + " AND t.day <= :to GROUP BY t.currency ORDER BY COUNT(t) DESC", Object[].class).setParameter("from", start)
                .setParameter("to", end).setMaxResults(1).getResultList();
        return currencies.isEmpty() ? "USD" : (String) currencies.get(0)[0];
    }

    /** Counters and attributed product lines per (placement, anchor, item). */
    private Map<String, Funnel> pairFigures(String start, String end, String currency) {
        Map<String, Funnel> pairs = new LinkedHashMap<String, Funnel>();
        for (Object[] row : em.createQuery("SELECT c.id.placement, c.id.anchorProductId, c.id.itemProductId, SUM(c.impressions),"
                + " SUM(c.clicks), SUM(c.adds) FROM TrackingCounter c WHERE c.id.day >= :from AND c.id.day <= :to"
                + " GROUP BY c.id.placement, c.id.anchorProductId, c.id.itemProductId", Object[].class)
                .setParameter("from", start).setParameter("to", end).getResultList()) {
            Funnel funnel = new Funnel();
            funnel.impressions = ((Number) row[3]).longValue();
            funnel.clicks = ((Number) row[4]).longValue();
            funnel.adds = ((Number) row[5]).longValue();
            pairs.put(pairKey(row[0], row[1], row[2]), funnel);
        }
        for (Object[] row : em.createQuery("SELECT a.placement, a.anchorProductId, a.itemId, a.touch, COUNT(DISTINCT a.id.orderId),"
                + " SUM(a.amount) FROM OrderAttribution a WHERE a.cancelled = false AND a.lineKind = 'PRODUCT' AND a.day >= :from"
                + " AND a.day <= :to AND a.currency = :currency GROUP BY a.placement, a.anchorProductId, a.itemId, a.touch", Object[].class)
                .setParameter("from", start).setParameter("to", end).setParameter("currency", currency).getResultList()) {
            String key = pairKey(row[0], row[1], row[2]);
            Funnel funnel = pairs.get(key);
            if (funnel == null) {
                funnel = new Funnel();
                pairs.put(key, funnel);
            }
            long orders = ((Number) row[4]).longValue();
            BigDecimal amount = row[5] == null ? BigDecimal.ZERO : (BigDecimal) row[5];
            if ("VIEW".equals(row[3])) {
                funnel.viewThroughOrders += orders;
                funnel.viewThroughRevenue = funnel.viewThroughRevenue.add(amount);
            } else {
                funnel.orders += orders;
                funnel.revenue = funnel.revenue.add(amount);
            }
        }
        return pairs;
    }

    private void days(PerformanceReport report, String start, String end) {
        Map<String, Funnel> days = new LinkedHashMap<String, Funnel>();
        for (LocalDate day = report.from; !day.isAfter(report.to); day = day.plusDays(1)) {
            days.put(day.toString(), new Funnel());
        }
        for (Object[] row : em.createQuery("SELECT c.id.day, SUM(c.impressions), SUM(c.clicks), SUM(c.adds) FROM TrackingCounter c"
                + " WHERE c.id.day >= :from AND c.id.day <= :to AND c.id.placement IN (:placements) GROUP BY c.id.day", Object[].class)
                .setParameter("from", start).setParameter("to", end).setParameter("placements", placementCodes()).getResultList()) {
            Funnel day = days.get(row[0]);
            if (day != null) {
                day.impressions = ((Number) row[1]).longValue();
                day.clicks = ((Number) row[2]).longValue();
                day.adds = ((Number) row[3]).longValue();
            }
        }
        for (Object[] row : em.createQuery("SELECT a.day, COUNT(DISTINCT a.id.orderId), SUM(a.amount) FROM OrderAttribution a"
                + " WHERE a.cancelled = false AND a.lineKind = 'PRODUCT' AND a.touch <> 'VIEW' AND a.day >= :from AND a.day <= :to"
                + " AND a.currency = :currency GROUP BY a.day", Object[].class).setParameter("from", start).setParameter("to", end)
                .setParameter("currency", report.currency).getResultList()) {
            Funnel day = days.get(row[0]);
            if (day != null) {
                day.orders = ((Number) row[1]).longValue();
                day.revenue = row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2];
            }
        }
        for (Map.Entry<String, Funnel> day : days.entrySet()) {
            report.days.add(new PerformanceReport.Row(day.getKey(), day.getKey(), day.getValue()));
        }
    }

    private static List<String> placementCodes() {
        List<String> codes = new ArrayList<String>();
        for (Placement placement : Placement.values()) {
            codes.add(placement.code());
        }
        return codes;
    }

    private void rankPairs(PerformanceReport report, Map<String, Funnel> pairs, List<CrossSellRule> all,
            Map<Long, Set<Long>> categories) {
        List<Map.Entry<String, Funnel>> ranked = new ArrayList<Map.Entry<String, Funnel>>();
        for (Map.Entry<String, Funnel> pair : pairs.entrySet()) {
            String placement = pair.getKey().substring(0, pair.getKey().indexOf('|'));
            if (pair.getValue().impressions >= minImpressions && Placement.fromCode(placement) != null) {
                ranked.add(pair);
            }
        }
        Collections.sort(ranked, new Comparator<Map.Entry<String, Funnel>>() {
            @Override
            public int compare(Map.Entry<String, Funnel> a, Map.Entry<String, Funnel> b) {
                int byRate = Double.compare(rate(b.getValue()), rate(a.getValue()));
                return byRate != 0 ? byRate : Long.compare(b.getValue().impressions, a.getValue().impressions);
            }
        });
        Map<Long, String> names = new HashMap<Long, String>();
        for (int i = 0; i < Math.min(LISTED_PAIRS, ranked.size()); i++) {
            report.topPairs.add(pairRow(ranked.get(i), names, all, categories));
        }
        for (int i = ranked.size() - 1; i >= Math.max(LISTED_PAIRS, ranked.size() - LISTED_PAIRS); i--) {
            report.bottomPairs.add(pairRow(ranked.get(i), names, all, categories));
        }
    }

    private static double rate(Funnel funnel) {
        return funnel.impressions == 0 ? 0 : (double) funnel.orders / funnel.impressions;
    }

    private PerformanceReport.Row pairRow(Map.Entry<String, Funnel> pair, Map<Long, String> names, List<CrossSellRule> all,
            Map<Long, Set<Long>> categories) {
        String[] parts = pair.getKey().split("\\|");
        long anchor = Long.parseLong(parts[1]);
        long item = Long.parseLong(parts[2]);
        String label = (anchor == TrackingCounter.NO_ANCHOR ? labelOf(parts[0]) : nameOf(anchor, names)) + " \u2192 " + nameOf(item, names);
        PerformanceReport.Row row = new PerformanceReport.Row(pair.getKey(), label, pair.getValue());
        row.getExtra().put("placement", parts[0]);
        row.getExtra().put("anchorProductId", anchor == TrackingCounter.NO_ANCHOR ? null : anchor);
        row.getExtra().put("itemProductId", item);
        List<Long> covering = new ArrayList<Long>();
        for (CrossSellRule rule : all) {
            if (anchor != TrackingCounter.NO_ANCHOR && coversPair(rule, anchor, item, categories)) {
                covering.add(rule.getId());
            }
        }
        row.getExtra().put("ruleIds", covering);
        return row;
    }

    private String nameOf(long productId, Map<Long, String> names) {
        String known = names.get(productId);
        if (known == null) {
            Product product = catalog.findProductById(productId);
            known = product == null ? "Product " + productId : product.getName();
            names.put(productId, known);
        }
        return known;
    }

    /** Per rule, the figures of the (anchor, item) pairs it covers (product or category on either side). */
    private void rules(PerformanceReport report, Map<String, Funnel> pairs, List<CrossSellRule> all,
            Map<Long, Set<Long>> categories) {
        for (CrossSellRule rule : all) {
            Funnel figures = new Funnel();
            for (Map.Entry<String, Funnel> pair : pairs.entrySet()) {
                String[] parts = pair.getKey().split("\\|");
                long anchor = Long.parseLong(parts[1]);
                long item = Long.parseLong(parts[2]);
                if (Placement.fromCode(parts[0]) != null && anchor != TrackingCounter.NO_ANCHOR
                        && coversPair(rule, anchor, item, categories)) {
                    figures.add(pair.getValue());
                }
            }
            PerformanceReport.Row row = new PerformanceReport.Row(String.valueOf(rule.getId()), rule.getName(), figures);
            row.getExtra().put("ruleId", rule.getId());
            row.getExtra().put("active", rule.isActive());
            report.rules.add(row);
        }
    }

    private boolean coversPair(CrossSellRule rule, long anchor, long item, Map<Long, Set<Long>> categories) {
        return covers(rule.getSourceProduct(), rule.getSourceCategory() == null ? null : rule.getSourceCategory().getId(), anchor, categories)
                && covers(rule.getTargetProduct(), rule.getTargetCategory() == null ? null : rule.getTargetCategory().getId(), item, categories);
    }

    private boolean covers(Product product, Long categoryId, long productId, Map<Long, Set<Long>> categories) {
        if (product != null) {
            return product.getId() == productId;
        }
        if (categoryId == null) {
            return false;
        }
        Set<Long> of = categories.get(productId);
        if (of == null) {
            of = structure.categoriesWithAncestorsOf(productId);
            categories.put(productId, of);
        }
        return of.contains(categoryId);
    }

    private void bundlesAndAddOns(PerformanceReport report, String start, String end) {
        Map<Long, long[]> adds = new HashMap<Long, long[]>();
        for (Object[] row : em.createQuery("SELECT c.id.placement, c.id.itemProductId, SUM(c.adds) FROM TrackingCounter c"
                + " WHERE c.id.day >= :from AND c.id.day <= :to AND c.id.placement IN (:placements)"
                + " GROUP BY c.id.placement, c.id.itemProductId", Object[].class).setParameter("from", start).setParameter("to", end)
                .setParameter("placements", java.util.Arrays.asList(TrackedPlacements.BUNDLE, TrackedPlacements.ADDONS)).getResultList()) {
            adds.put(signed((String) row[0], ((Number) row[1]).longValue()), new long[] { ((Number) row[2]).longValue() });
        }
        Map<Long, Object[]> sold = new HashMap<Long, Object[]>();
        for (Object[] row : em.createQuery("SELECT a.lineKind, a.itemId, COUNT(DISTINCT a.id.orderId), SUM(a.amount), SUM(a.quantity)"
                + " FROM OrderAttribution a WHERE a.cancelled = false AND a.lineKind IN ('BUNDLE', 'ADDON') AND a.day >= :from"
                + " AND a.day <= :to AND a.currency = :currency GROUP BY a.lineKind, a.itemId", Object[].class)
                .setParameter("from", start).setParameter("to", end).setParameter("currency", report.currency).getResultList()) {
            String placement = "BUNDLE".equals(row[0]) ? TrackedPlacements.BUNDLE : TrackedPlacements.ADDONS;
            sold.put(signed(placement, ((Number) row[1]).longValue()), row);
        }
        for (BundleDefinition bundle : bundles.bundles()) {
            report.bundles.add(soldRow(bundle.id(), bundle.name(), signed(TrackedPlacements.BUNDLE, bundle.id()), adds, sold, "savings"));
        }
        for (CrossSellAddOn addOn : addOns.activeAddOns()) {
            report.addOns.add(soldRow(addOn.getId(), addOn.getName(), signed(TrackedPlacements.ADDONS, addOn.getId()), adds, sold, "quantity"));
        }
    }

    /** Bundles and add-ons share the item id space in these maps: bundles negative. */
    private static long signed(String placement, long id) {
        return TrackedPlacements.BUNDLE.equals(placement) ? -id : id;
    }

    private static PerformanceReport.Row soldRow(long id, String name, long key, Map<Long, long[]> adds, Map<Long, Object[]> sold,
            String extraName) {
        Funnel figures = new Funnel();
        long[] added = adds.get(key);
        figures.adds = added == null ? 0 : added[0];
        Object[] row = sold.get(key);
        if (row != null) {
            figures.orders = ((Number) row[2]).longValue();
            figures.revenue = row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3];
        }
        PerformanceReport.Row result = new PerformanceReport.Row(String.valueOf(id), name, figures);
        result.getExtra().put(extraName, "savings".equals(extraName) ? figures.revenue : row == null ? 0L : ((Number) row[4]).longValue());
        return result;
    }

    private void aov(PerformanceReport report, String start, String end) {
        for (Object[] row : em.createQuery("SELECT t.attributedLines, COUNT(t), SUM(t.merchandise) FROM TrackedOrder t"
                + " WHERE t.cancelled = false AND t.day >= :from AND t.day <= :to AND t.currency = :currency"
                + " GROUP BY t.attributedLines", Object[].class).setParameter("from", start).setParameter("to", end)
                .setParameter("currency", report.currency).getResultList()) {
            long orders = ((Number) row[1]).longValue();
            BigDecimal sum = row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2];
            if (((Number) row[0]).intValue() > 0) {
                report.ordersWithCrossSell += orders;
                report.merchandiseWithCrossSell = report.merchandiseWithCrossSell.add(sum);
            } else {
                report.ordersWithout += orders;
                report.merchandiseWithout = report.merchandiseWithout.add(sum);
            }
        }
        report.cancelledOrders = em.createQuery("SELECT COUNT(t) FROM TrackedOrder t WHERE t.cancelled = true AND t.day >= :from"
                + " AND t.day <= :to", Long.class).setParameter("from", start).setParameter("to", end).getSingleResult();
    }

    static String labelOf(String placement) {
        Placement known = Placement.fromCode(placement);
        return known == null ? placement : known.label();
    }

    @Override
    public List<Suggestion> suggestions(final LocalDate from, final LocalDate to) {
        final PerformanceReport report = report(from, to);
        return reading.execute(new TransactionCallback<List<Suggestion>>() {
            @Override
            public List<Suggestion> doInTransaction(TransactionStatus status) {
                List<Suggestion> suggestions = new ArrayList<Suggestion>();
                suggestRemovals(report, suggestions);
                suggestRules(suggestions);
                return suggestions;
            }
        });
    }

    /** Active rules with many impressions whose order rate is under a third of their placement's. */
    private void suggestRemovals(PerformanceReport report, List<Suggestion> suggestions) {
        Funnel fbt = report.placements.isEmpty() ? null : report.placements.get(0).getFigures();
        double placementRate = fbt == null ? 0 : rate(fbt);
        for (PerformanceReport.Row rule : report.rules) {
            Funnel figures = rule.getFigures();
            if (Boolean.TRUE.equals(rule.getExtra().get("active")) && figures.impressions >= minImpressions && placementRate > 0
                    && rate(figures) < placementRate / 3) {
                suggestions.add(new Suggestion(Suggestion.Action.DEACTIVATE_RULE, "Consider removing rule \u201c" + rule.getLabel() + "\u201d",
                        figures.impressions + " impressions, " + figures.orders + " orders: " + figures.getOrderRate()
                                + " % of impressions led to an order, against " + fbt.getOrderRate() + " % for the placement",
                        0, 0, (Long) rule.getExtra().get("ruleId")));
            }
        }
    }

    /** Mined pairs with strong lift and support that no rule covers, strongest first. */
    private void suggestRules(List<Suggestion> suggestions) {
        final CoPurchaseStatistics mined = statistics.statistics();
        final double minCount = Math.max(10, statistics.thresholds().minPairCount() * 3);
        final double minLift = Math.max(2.0, statistics.thresholds().minLift() * 1.5);
        final List<long[]> strong = new ArrayList<long[]>();
        mined.forEachPair(new CoPurchaseStatistics.PairVisitor() {
            @Override
            public void visit(long a, long b, double count) {
                if (count >= minCount && mined.lift(a, b) >= minLift) {
                    // From the more often bought item to its complement (bike → helmet, tube → tyre levers).
                    boolean aFirst = mined.itemCount(a) >= mined.itemCount(b);
                    strong.add(new long[] { aFirst ? a : b, aFirst ? b : a });
                }
            }
        });
        Collections.sort(strong, new Comparator<long[]>() {
            @Override
            public int compare(long[] x, long[] y) {
                return Double.compare(mined.lift(y[0], y[1]) * mined.pairCount(y[0], y[1]), mined.lift(x[0], x[1]) * mined.pairCount(x[0], x[1]));
            }
        });
        List<CrossSellRule> all = rules.readAll();
        Map<Long, Set<Long>> categories = new HashMap<Long, Set<Long>>();
        Map<Long, String> names = new HashMap<Long, String>();
        int added = 0;
        for (long[] pair : strong) {
            if (added >= LISTED_SUGGESTIONS) {
                break;
            }
            if (coveredByARule(all, pair[0], pair[1], categories) || !structure.isRecommendable(pair[1])) {
                continue;
            }
            suggestions.add(new Suggestion(Suggestion.Action.ADD_RULE, "Add a rule " + nameOf(pair[0], names) + " \u2192 " + nameOf(pair[1], names),
                    String.format(java.util.Locale.ROOT, "bought together in %.0f orders, lift %.1f, confidence %.0f %%; no rule covers it",
                            mined.pairCount(pair[0], pair[1]), mined.lift(pair[0], pair[1]), 100 * mined.confidence(pair[0], pair[1])),
                    pair[0], pair[1], null));
            added++;
        }
    }

    private boolean coveredByARule(List<CrossSellRule> all, long source, long target, Map<Long, Set<Long>> categories) {
        for (CrossSellRule rule : all) {
            if (coversPair(rule, source, target, categories)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ProductFigures productFigures(final long productId, final LocalDate from, final LocalDate to) {
        return reading.execute(new TransactionCallback<ProductFigures>() {
            @Override
            public ProductFigures doInTransaction(TransactionStatus status) {
                Map<String, Funnel> pairs = pairFigures(from.toString(), to.toString(), mainCurrency(from.toString(), to.toString()));
                Funnel asAnchor = new Funnel();
                Funnel asItem = new Funnel();
                for (Map.Entry<String, Funnel> pair : pairs.entrySet()) {
                    String[] parts = pair.getKey().split("\\|");
                    if (Placement.fromCode(parts[0]) == null) {
                        continue;
                    }
                    if (Long.parseLong(parts[1]) == productId) {
                        asAnchor.add(pair.getValue());
                    }
                    if (Long.parseLong(parts[2]) == productId) {
                        asItem.add(pair.getValue());
                    }
                }
                return new ProductFigures(asAnchor, asItem);
            }
        });
    }
}
