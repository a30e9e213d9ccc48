package io.crosssell.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.crosssell.mining.CoPurchaseStatistics;

import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.CatalogStructure;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.Tier;
import io.crosssell.rule.engine.RuleDefinition;
import io.crosssell.rule.engine.RuleRepository;

/**
 * Cold start: for a product nobody has bought with anything yet, the best sellers of complementary
 * categories, then the shop's best sellers. Complementary categories are the targets of category rules
 * that apply to the product's categories, then the categories whose products are most often bought with
 * products of the product's default category. The shop's best sellers come last, only to fill places
 * nothing else fills (a product without categories, or a shop without category affinity).
 */
public final class BestSellerFallbackSource implements RecommendationSource {

    public static final String NAME = "fallback";
    static final int CATEGORIES = 3;
    static final int BEST_SELLERS_PER_CATEGORY = 2;
    /** The shop's best sellers offered after the categories' by default. */
    public static final int SHOP_BEST_SELLERS = 10;

    private final StatisticsSupplier statistics;
    private final CatalogStructure catalog;
    private final RuleRepository rules;
    private final int shopBestSellers;

    /** Category affinity computed from one statistics snapshot; replaced whole when statistics change. */
    private static final class Affinity {
        final CoPurchaseStatistics source;
        final Map<Long, Map<Long, Double>> byCategory;

        Affinity(CoPurchaseStatistics source, Map<Long, Map<Long, Double>> byCategory) {
            this.source = source;
            this.byCategory = byCategory;
        }
    }

    /** The shop's best sellers in one statistics snapshot, best first. */
    private static final class BestSellers {
        final CoPurchaseStatistics source;
        final List<Long> productIds;

        BestSellers(CoPurchaseStatistics source, List<Long> productIds) {
            this.source = source;
            this.productIds = productIds;
        }
    }

    private volatile Affinity affinity = new Affinity(null, Collections.<Long, Map<Long, Double>>emptyMap());
    private volatile BestSellers bestSellers = new BestSellers(null, Collections.<Long>emptyList());

    public BestSellerFallbackSource(StatisticsSupplier statistics, CatalogStructure catalog, RuleRepository rules) {
        this(statistics, catalog, rules, SHOP_BEST_SELLERS);
    }

    /** @param shopBestSellers how many of the shop's best sellers follow the categories' (0: none) */
    public BestSellerFallbackSource(StatisticsSupplier statistics, CatalogStructure catalog, RuleRepository rules,
            int shopBestSellers) {
        this.statistics = statistics;
        this.catalog = catalog;
        this.rules = rules;
        this.shopBestSellers = shopBestSellers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
        final CoPurchaseStatistics stats = statistics.statistics();
        Set<Long> complementary = complementaryCategories(anchorProductId, placement, stats);
        List<Candidate> candidates = new ArrayList<Candidate>();
        int categoryRank = 0;
        for (Long categoryId : complementary) {
            List<Long> products = new ArrayList<Long>(catalog.productsInCategoryTree(categoryId));
            Collections.sort(products, new Comparator<Long>() {
                @Override
                public int compare(Long left, Long right) {
                    return Double.compare(stats.itemCount(right), stats.itemCount(left));
                }
            });
            Reason reason = new Reason(NAME, "best seller in " + catalog.categoryName(categoryId));
            for (int i = 0; i < Math.min(BEST_SELLERS_PER_CATEGORY, products.size()); i++) {
                // Alternate categories: every category's best seller before any category's second.
                double weight = -(i * CATEGORIES + categoryRank);
                candidates.add(Candidate.ranked(products.get(i), Tier.FALLBACK, weight, reason));
            }
            categoryRank++;
        }
        Reason shop = new Reason(NAME, "best seller in the shop");
        List<Long> shopWide = bestSellers(stats);
        for (int i = 0; i < shopWide.size(); i++) {
            // After every category's best sellers, whose weights go down to -(CATEGORIES * BEST_SELLERS_PER_CATEGORY - 1).
            candidates.add(Candidate.ranked(shopWide.get(i), Tier.FALLBACK, -(CATEGORIES * BEST_SELLERS_PER_CATEGORY + i), shop));
        }
        return candidates;
    }

    /** The {@code shopBestSellers} products in most orders, ties by ascending id; recomputed per statistics snapshot. */
    private List<Long> bestSellers(final CoPurchaseStatistics stats) {
        if (shopBestSellers <= 0) {
            return Collections.emptyList();
        }
        BestSellers current = bestSellers;
        if (current.source != stats) {
            final List<Long> products = new ArrayList<Long>();
            stats.forEachItem(new CoPurchaseStatistics.ItemVisitor() {
                @Override
                public void visit(long productId, double count) {
                    products.add(productId);
                }
            });
            Collections.sort(products, new Comparator<Long>() {
                @Override
                public int compare(Long left, Long right) {
                    int order = Double.compare(stats.itemCount(right), stats.itemCount(left));
                    return order != 0 ? order : Long.compare(left, right);
                }
            });
            current = new BestSellers(stats, Collections.unmodifiableList(
                    new ArrayList<Long>(products.subList(0, Math.min(shopBestSellers, products.size())))));
            bestSellers = current;
        }
        return current.productIds;
    }

    private Set<Long> complementaryCategories(long anchorProductId, Placement placement, CoPurchaseStatistics stats) {
        Set<Long> anchorCategories = catalog.categoriesWithAncestorsOf(anchorProductId);
        Set<Long> result = new LinkedHashSet<Long>();
        List<String> types = placement.ruleTypes();
        for (RuleDefinition rule : rules.rulesInEffect()) {
            if (types.contains(rule.type()) && rule.sourceCategoryId() != null && rule.targetCategoryId() != null
                    && anchorCategories.contains(rule.sourceCategoryId())) {
                result.add(rule.targetCategoryId());
            }
        }
        Long home = catalog.defaultCategoryOf(anchorProductId);
        if (home != null) {
            final Map<Long, Double> related = affinity(stats).get(home);
            if (related != null) {
                List<Long> byAffinity = new ArrayList<Long>(related.keySet());
                Collections.sort(byAffinity, new Comparator<Long>() {
                    @Override
                    public int compare(Long left, Long right) {
                        int order = Double.compare(related.get(right), related.get(left));
                        return order != 0 ? order : Long.compare(left, right);
                    }
                });
                result.addAll(byAffinity);
            }
            result.remove(home);
        }
        List<Long> limited = new ArrayList<Long>(result);
        return new LinkedHashSet<Long>(limited.subList(0, Math.min(CATEGORIES, limited.size())));
    }

    /** Category-to-category co-purchase counts, summed over product pairs; recomputed per statistics snapshot. */
    private Map<Long, Map<Long, Double>> affinity(CoPurchaseStatistics stats) {
        Affinity current = affinity;
        if (current.source != stats) {
            final Map<Long, Map<Long, Double>> computed = new HashMap<Long, Map<Long, Double>>();
            stats.forEachPair(new CoPurchaseStatistics.PairVisitor() {
                @Override
                public void visit(long a, long b, double count) {
                    Long categoryA = catalog.defaultCategoryOf(a);
                    Long categoryB = catalog.defaultCategoryOf(b);
                    if (categoryA != null && categoryB != null && !categoryA.equals(categoryB)) {
                        add(computed, categoryA, categoryB, count);
                        add(computed, categoryB, categoryA, count);
                    }
                }
            });
            current = new Affinity(stats, computed);
            affinity = current;
        }
        return current.byCategory;
    }

    private static void add(Map<Long, Map<Long, Double>> affinity, Long from, Long to, double count) {
        Map<Long, Double> row = affinity.get(from);
        if (row == null) {
            row = new HashMap<Long, Double>();
            affinity.put(from, row);
        }
        Double current = row.get(to);
        row.put(to, current == null ? count : current + count);
    }
}
