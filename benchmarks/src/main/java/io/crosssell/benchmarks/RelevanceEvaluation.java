package io.crosssell.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import io.crosssell.demo.seed.DemoCatalog;
import io.crosssell.learning.BestSellerFallbackSource;
import io.crosssell.learning.CoPurchaseBackfillSource;
import io.crosssell.learning.MinedRecommendationSource;
import io.crosssell.learning.StatisticsSupplier;
import io.crosssell.mining.Association;
import io.crosssell.mining.AssociationScoring;
import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.recommend.AnchorMerge;
import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.CatalogStructure;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.PurchaseHistory;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationEngine;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.Recommendations;
import io.crosssell.recommend.RecommendedItem;
import io.crosssell.recommend.Tier;
import io.crosssell.rule.engine.RuleDefinition;

/**
 * Offline relevance evaluation of the engine's ranking against simple baselines (docs/benchmarks.md,
 * "Relevance"). Each data set is split in time order (file order): the first 80 % of its baskets are mined,
 * the last 20 % are the test. Every item of every test basket with at least 2 items is hidden in turn, and
 * the engine is asked for its top 10 from the rest, as the product page asks (one anchor, drawn from the
 * rest with a fixed seed) and as the cart asks (all of the rest as anchors, and excluded). HitRate@K,
 * NDCG@K, coverage@K and the share of requests with fewer than K items are read off the answers for
 * K = 1, 3, 10 (the first K of a top-10 answer are the engine's top-K answer). Every method is a list of
 * recommendation sources and an anchor merge handed to a {@link RecommendationEngine}, so each runs
 * through the engine's own code path; the engine's filters see every product as recommendable.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.crosssell.benchmarks.RelevanceEvaluation [--data retail,groceries,demo]
 * [--baskets N] [--chart file.svg]}; every test basket by default (about 3 minutes on 2 cores, retail's
 * 191,394 requests per mode and method taking most of it). {@code --baskets N} keeps every n-th test basket
 * so that at most N remain, e.g. 4,000 turns retail's 17,633 into 3,527 (under a minute).
 */
public final class RelevanceEvaluation {

    static final int[] CUT_OFFS = {1, 3, 10};
    static final double TRAIN_SHARE = 0.8;
    private static final int ASKED = 10;
    private static final long SEED = 20141103L;
    private static final MiningThresholds EVERY_PAIR = MiningThresholds.of(1, 0, 0, 0);
    /** More than a top 10 needs after a product page's filters; caps the every-pair lists' memory on retail. */
    private static final int EVERY_PAIR_CAP = 40;

    /** How the storefront asks: one viewed product, or the whole cart. */
    enum Mode {
        PRODUCT_PAGE("product page (1 anchor)"),
        CART("cart (the other items as anchors)");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /** What a method is in the comparison; the chart draws each kind in its own colour. */
    enum Kind {
        BASELINE, TODAY, CANDIDATE, CHOSEN
    }

    /** One held-out item, the anchor the product page shows and the rest of its basket (the cart). */
    record Case(long hidden, long anchor, List<Long> rest) {
    }

    /** A ranking to evaluate: the sources it asks and how a cart's anchors merge. */
    record Method(String name, String label, Kind kind, AnchorMerge merge, Function<Trained, List<RecommendationSource>> sources) {
    }

    /** The statistics mined from the training baskets, and the catalog's categories where the data has them. */
    static final class Trained implements StatisticsSupplier {
        final CoPurchaseStatistics statistics;
        final CatalogStructure categories;
        final long[] bestSellers;

        Trained(CoPurchaseStatistics statistics, CatalogStructure categories) {
            this.statistics = statistics;
            this.categories = categories;
            List<long[]> counts = new ArrayList<>();
            statistics.forEachItem((productId, count) -> counts.add(new long[] {productId, Math.round(count * 1000)}));
            counts.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1]) : Long.compare(x[0], y[0]));
            bestSellers = counts.stream().mapToLong(c -> c[0]).toArray();
        }

        @Override
        public CoPurchaseStatistics statistics() {
            return statistics;
        }

        /** The plugin's default thresholds: 3 orders, confidence 0.05, lift 1.2. */
        @Override
        public MiningThresholds thresholds() {
            return MiningThresholds.defaults();
        }

        StatisticsSupplier with(MiningThresholds thresholds) {
            return StatisticsSupplier.fixed(statistics, thresholds);
        }

        /** The plugin's fallback source; without categories (retail, groceries) only the shop's best sellers. */
        RecommendationSource fallback(int shopBestSellers) {
            return new BestSellerFallbackSource(this, categories, Collections::<RuleDefinition>emptyList, shopBestSellers);
        }
    }

    private RelevanceEvaluation() {
    }

    public static void main(String[] args) {
        List<String> data = List.of("retail", "groceries", "demo");
        int maxBaskets = Integer.MAX_VALUE;
        Path chart = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = List.of(args[++i].split(","));
                case "--baskets" -> maxBaskets = Integer.parseInt(args[++i]);
                case "--chart" -> chart = Paths.get(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (--data retail,groceries,demo --baskets N --chart file.svg)");
            }
        }
        long start = System.nanoTime();
        List<Method> methods = methods();
        Map<String, Map<Mode, Map<Method, RankingMetrics>>> results = new LinkedHashMap<>();
        for (String name : data) {
            results.put(name, evaluate(name, methods, maxBaskets));
        }
        if (chart != null) {
            TradeOffChart.write(chart, results, 3);
            System.out.println("[relevance] chart written to " + chart.toAbsolutePath());
        }
        System.out.printf(Locale.ROOT, "[relevance] done in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    static Map<Mode, Map<Method, RankingMetrics>> evaluate(String name, List<Method> methods, int maxBaskets) {
        long start = System.nanoTime();
        Dataset dataset = Dataset.load(name);
        int trainSize = (int) (dataset.baskets.size() * TRAIN_SHARE);
        List<Basket> allTest = dataset.baskets.subList(trainSize, dataset.baskets.size());
        List<Basket> test = sample(allTest, maxBaskets);
        List<Case> cases = cases(test);
        Trained trained = new Trained(CoPurchaseMiner.mine(dataset.baskets.subList(0, trainSize)),
                name.equals("demo") ? demoCategories() : NO_CATEGORIES);
        System.out.printf(Locale.ROOT, "%n[relevance] %s: %,d baskets, %,d items; train: the first %,d baskets; test: the last %,d,"
                + " %,d of them used, %,d with 2+ items: %,d requests per mode%n", name, dataset.baskets.size(),
                dataset.distinctItems, trainSize, allTest.size(), test.size(), test.stream().filter(b -> b.size() >= 2).count(),
                cases.size());
        Map<Mode, Map<Method, RankingMetrics>> byMode = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) {
            byMode.put(mode, new LinkedHashMap<>());
        }
        for (Method method : methods) {
            long methodStart = System.nanoTime();
            RecommendationEngine engine = new RecommendationEngine(method.sources().apply(trained), productId -> true,
                    PurchaseHistory.NONE, 0, method.merge());
            for (Mode mode : Mode.values()) {
                byMode.get(mode).put(method, evaluate(engine, mode, cases, dataset.distinctItems));
            }
            engine.shutdown();
            System.out.printf(Locale.ROOT, "[relevance]   %-48s %5.1f s%n", method.name(), (System.nanoTime() - methodStart) / 1e9);
        }
        for (Map.Entry<Mode, Map<Method, RankingMetrics>> mode : byMode.entrySet()) {
            print(name, mode.getKey(), mode.getValue());
        }
        System.out.printf(Locale.ROOT, "[relevance] %s took %.1f s%n", name, (System.nanoTime() - start) / 1e9);
        return byMode;
    }

    static RankingMetrics evaluate(RecommendationEngine engine, Mode mode, List<Case> cases, int catalogSize) {
        RankingMetrics metrics = new RankingMetrics(CUT_OFFS, catalogSize);
        for (Case c : cases) {
            RecommendationRequest request = mode == Mode.PRODUCT_PAGE
                    ? RecommendationRequest.forPlacement(Placement.FBT).anchor(c.anchor()).limit(ASKED).build()
                    : RecommendationRequest.forPlacement(Placement.CART).anchors(c.rest()).exclude(c.rest()).limit(ASKED).build();
            Recommendations answer = engine.recommend(request);
            if (!answer.failedSources().isEmpty()) {
                throw new IllegalStateException("Sources failed: " + answer.failedSources());
            }
            metrics.add(c.hidden(), answer.items().stream().mapToLong(RecommendedItem::productId).toArray());
        }
        return metrics;
    }

    /** Every item of every basket with 2+ items hidden in turn; the product page's anchor drawn from the rest. */
    static List<Case> cases(List<Basket> test) {
        List<Case> cases = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED);
        for (Basket basket : test) {
            long[] items = basket.productIds();
            if (items.length < 2) {
                continue;
            }
            for (int h = 0; h < items.length; h++) {
                List<Long> rest = new ArrayList<>(items.length - 1);
                for (int i = 0; i < items.length; i++) {
                    if (i != h) {
                        rest.add(items[i]);
                    }
                }
                cases.add(new Case(items[h], rest.get(random.nextInt(rest.size())), List.copyOf(rest)));
            }
        }
        return cases;
    }

    /** Every n-th basket from the first, n the smallest step that leaves at most {@code max}; all when fewer. */
    static List<Basket> sample(List<Basket> baskets, int max) {
        if (baskets.size() <= max) {
            return baskets;
        }
        int step = (baskets.size() + max - 1) / max;
        List<Basket> kept = new ArrayList<>();
        for (int i = 0; i < baskets.size(); i += step) {
            kept.add(baskets.get(i));
        }
        return kept;
    }

    /**
     * Baselines, today's ranking, the chosen default and the other candidates. Today's and every candidate
     * include the plugin's fallback source (it finds nothing without categories when it offers no shop best
     * sellers, as today); candidates add the plugin's back-fill sources unless their name says otherwise.
     */
    static List<Method> methods() {
        List<Method> methods = new ArrayList<>();
        methods.add(new Method("popularity: best sellers for every anchor", "popular", Kind.BASELINE, AnchorMerge.BEST,
                t -> List.of(new BestSellersForAll(t.bestSellers, 100))));
        methods.add(new Method("co-occurrence count, every pair", "count*", Kind.BASELINE, AnchorMerge.BEST,
                t -> List.of(capped(new MinedRecommendationSource(t.with(EVERY_PAIR), Association::pairCount), EVERY_PAIR_CAP))));
        methods.add(new Method("co-occurrence count", "count", Kind.BASELINE, AnchorMerge.BEST,
                t -> List.of(new MinedRecommendationSource(t, Association::pairCount))));
        methods.add(new Method("confidence only", "conf", Kind.BASELINE, AnchorMerge.BEST,
                t -> List.of(new MinedRecommendationSource(t, AssociationScoring.CONFIDENCE))));
        methods.add(new Method("lift only", "lift", Kind.BASELINE, AnchorMerge.BEST,
                t -> List.of(new MinedRecommendationSource(t, Association::lift))));
        methods.add(new Method("today: lift x confidence, best anchor", "today", Kind.TODAY, AnchorMerge.BEST,
                t -> List.of(new MinedRecommendationSource(t, AssociationScoring.LIFT_TIMES_CONFIDENCE), t.fallback(0))));
        methods.add(backfilled("lift x confidence + back-fill (new default)", "new", Kind.CHOSEN,
                AssociationScoring.LIFT_TIMES_CONFIDENCE, AnchorMerge.BEST));
        methods.add(new Method("lift x confidence + pair back-fill only", "pairs", Kind.CANDIDATE, AnchorMerge.BEST,
                t -> List.of(new MinedRecommendationSource(t, AssociationScoring.LIFT_TIMES_CONFIDENCE),
                        new CoPurchaseBackfillSource(t), t.fallback(0))));
        for (double alpha : new double[] {0.75, 0.5, 0.25, 0}) {
            methods.add(backfilled(String.format(Locale.ROOT, "confidence x lift^%.2f + back-fill", alpha),
                    label("a", alpha), Kind.CANDIDATE, blend(alpha), AnchorMerge.BEST));
        }
        for (double alpha : new double[] {1, 0.75, 0.5}) {
            methods.add(backfilled(String.format(Locale.ROOT, "confidence x lift^%.2f + back-fill, cart sums", alpha),
                    label("s", alpha), Kind.CANDIDATE, blend(alpha), AnchorMerge.SUM_OF_MINED));
        }
        methods.add(backfilled("confidence x shrunk lift (k = 10) + back-fill", "shrunk", Kind.CANDIDATE, shrunkLift(10),
                AnchorMerge.BEST));
        return methods;
    }

    /** a.75, a.50, a0, s1: the chart's short names. */
    private static String label(String prefix, double alpha) {
        return alpha == 0 || alpha == 1 ? prefix + (int) alpha
                : prefix + String.format(Locale.ROOT, "%.2f", alpha).substring(1);
    }

    private static Method backfilled(String name, String label, Kind kind, AssociationScoring scoring, AnchorMerge merge) {
        return new Method(name, label, kind, merge, t -> List.of(new MinedRecommendationSource(t, scoring),
                new CoPurchaseBackfillSource(t), t.fallback(BestSellerFallbackSource.SHOP_BEST_SELLERS)));
    }

    /** {@code confidence * lift^alpha}: 1 is today's lift x confidence, 0 confidence alone. */
    static AssociationScoring blend(double alpha) {
        return a -> a.confidence() * Math.pow(a.lift(), alpha);
    }

    /** Confidence times a lift pulled toward 1 by k orders: {@code (pair + k) / (expected + k)}. */
    static AssociationScoring shrunkLift(double k) {
        return a -> a.confidence() * (a.pairCount() + k) / (a.pairCount() / a.lift() + k);
    }

    private static RecommendationSource capped(RecommendationSource source, int cap) {
        return new RecommendationSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
                List<Candidate> all = source.candidatesFor(anchorProductId, placement);
                return all.size() <= cap ? all : List.copyOf(all.subList(0, cap));
            }
        };
    }

    /** The baseline that is no cross-sell: the same best sellers for every anchor. */
    static final class BestSellersForAll implements RecommendationSource {
        private final List<Candidate> candidates;

        BestSellersForAll(long[] bestSellers, int count) {
            List<Candidate> list = new ArrayList<>();
            Reason reason = new Reason("popular", "best seller");
            for (int i = 0; i < Math.min(count, bestSellers.length); i++) {
                list.add(Candidate.ranked(bestSellers[i], Tier.MINED, -i, reason));
            }
            candidates = List.copyOf(list);
        }

        @Override
        public String name() {
            return "popular";
        }

        @Override
        public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
            return candidates;
        }
    }

    static final CatalogStructure NO_CATEGORIES = new CatalogStructure() {
        @Override
        public Set<Long> categoriesWithAncestorsOf(long productId) {
            return Set.of();
        }

        @Override
        public List<Long> productsInCategoryTree(long categoryId) {
            return List.of();
        }

        @Override
        public String categoryName(long categoryId) {
            return String.valueOf(categoryId);
        }

        @Override
        public Long defaultCategoryOf(long productId) {
            return null;
        }
    };

    /** The demo catalog's eight categories (DemoCatalog), each product in one; inactive products left out. */
    static CatalogStructure demoCategories() {
        return new CatalogStructure() {
            @Override
            public Set<Long> categoriesWithAncestorsOf(long productId) {
                Long category = defaultCategoryOf(productId);
                return category == null ? Set.of() : Set.of(category);
            }

            @Override
            public List<Long> productsInCategoryTree(long categoryId) {
                return DemoCatalog.purchasable(categoryId).stream().map(item -> item.id).toList();
            }

            @Override
            public String categoryName(long categoryId) {
                return String.valueOf(categoryId);
            }

            @Override
            public Long defaultCategoryOf(long productId) {
                return DemoCatalog.all().stream().filter(item -> item.id == productId).map(item -> item.categoryId)
                        .findFirst().orElse(null);
            }
        };
    }

    private static void print(String data, Mode mode, Map<Method, RankingMetrics> rows) {
        System.out.printf(Locale.ROOT, "%n%s, %s, %,d requests%n%n", data, mode.label, rows.values().iterator().next().cases());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-48s |", "method"));
        StringBuilder rule = new StringBuilder("|" + "-".repeat(50) + "|");
        for (String metric : List.of("HR", "NDCG", "cov", "<K")) {
            for (int k : CUT_OFFS) {
                header.append(String.format(Locale.ROOT, " %7s |", metric + "@" + k));
                rule.append("--------:|");
            }
        }
        System.out.println(header);
        System.out.println(rule);
        for (Map.Entry<Method, RankingMetrics> row : rows.entrySet()) {
            RankingMetrics m = row.getValue();
            String name = row.getKey().kind() == Kind.CHOSEN ? "**" + row.getKey().name() + "**" : row.getKey().name();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-48s |", name));
            for (int k : CUT_OFFS) {
                line.append(String.format(Locale.ROOT, " %7.4f |", m.hitRate(k)));
            }
            for (int k : CUT_OFFS) {
                line.append(String.format(Locale.ROOT, " %7.4f |", m.ndcg(k)));
            }
            for (int k : CUT_OFFS) {
                line.append(String.format(Locale.ROOT, " %7.4f |", m.coverage(k)));
            }
            for (int k : CUT_OFFS) {
                line.append(String.format(Locale.ROOT, " %7.4f |", m.shareUnder(k)));
            }
            System.out.println(line);
        }
    }

    static void writeString(Path file, String text) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
