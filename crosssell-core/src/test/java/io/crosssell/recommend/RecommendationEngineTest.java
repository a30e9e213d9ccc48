package io.crosssell.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecommendationEngineTest {

    private static final long BIKE = 101;
    private static final long HELMET = 111;
    private static final long LOCK = 121;
    private static final long LIGHTS = 133;
    private static final long PUMP = 141;
    private static final long BOTTLE = 151;

    /** A source answering from a fixed table, counting its calls. */
    static final class FixedSource implements RecommendationSource {
        final String name;
        final Map<Long, List<Candidate>> byAnchor = new HashMap<Long, List<Candidate>>();
        final AtomicInteger calls = new AtomicInteger();
        final Map<Long, AtomicInteger> callsFor = new java.util.concurrent.ConcurrentHashMap<Long, AtomicInteger>();

        FixedSource(String name) {
            this.name = name;
        }

        FixedSource with(long anchor, Candidate... candidates) {
            byAnchor.put(anchor, Arrays.asList(candidates));
            return this;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
            calls.incrementAndGet();
            callsFor.putIfAbsent(anchorProductId, new AtomicInteger());
            callsFor.get(anchorProductId).incrementAndGet();
            List<Candidate> candidates = byAnchor.get(anchorProductId);
            return candidates == null ? Collections.<Candidate>emptyList() : candidates;
        }
    }

    static final class FailingSource implements RecommendationSource {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
            throw new IllegalStateException("database is down");
        }
    }

    private final Set<Long> notRecommendable = new HashSet<Long>();
    private final Map<Long, Set<Long>> bought = new HashMap<Long, Set<Long>>();
    private final CatalogView catalog = new CatalogView() {
        @Override
        public boolean isRecommendable(long productId) {
            return !notRecommendable.contains(productId);
        }
    };
    private final PurchaseHistory purchases = new PurchaseHistory() {
        @Override
        public Set<Long> productsBoughtBy(long customerId) {
            Set<Long> products = bought.get(customerId);
            return products == null ? Collections.<Long>emptySet() : products;
        }
    };

    private RecommendationEngine engine(RecommendationSource... sources) {
        return new RecommendationEngine(Arrays.asList(sources), catalog, purchases, 0);
    }

    private static Reason reason(String text) {
        return new Reason("test", text);
    }

    private static List<Long> ids(Recommendations recommendations) {
        List<Long> ids = new ArrayList<Long>();
        for (RecommendedItem item : recommendations.items()) {
            ids.add(item.productId());
        }
        return ids;
    }

    private static RecommendationRequest fbt(long productId) {
        return RecommendationRequest.forPlacement(Placement.FBT).anchor(productId).build();
    }

    @Nested
    class Ranking {

        @Test
        void pinnedFirstThenRulesByPriorityThenMinedByScoreThenFallback() {
            FixedSource source = new FixedSource("all").with(BIKE,
                    Candidate.ranked(BOTTLE, Tier.FALLBACK, 100, reason("fallback")),
                    Candidate.ranked(PUMP, Tier.MINED, 9.0, reason("mined high")),
                    Candidate.ranked(LIGHTS, Tier.RULE, 1, reason("rule low")),
                    Candidate.ranked(LOCK, Tier.RULE, 5, reason("rule high")),
                    Candidate.pinned(HELMET, 1, reason("pinned")));

            Recommendations result = engine(source).recommend(
                    RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE).limit(10).build());

            assertThat(ids(result)).containsExactly(HELMET, LOCK, LIGHTS, PUMP, BOTTLE);
            assertThat(result.items().get(0).tier()).isEqualTo(Tier.PINNED);
        }

        @Test
        void aStrategyKeepsOnlyItsTiersAndSaysWhyTheOthersWentOut() {
            FixedSource source = new FixedSource("all").with(BIKE,
                    Candidate.ranked(BOTTLE, Tier.FALLBACK, 100, reason("fallback")),
                    Candidate.ranked(PUMP, Tier.MINED, 9.0, reason("mined")),
                    Candidate.ranked(LOCK, Tier.RULE, 5, reason("rule")),
                    Candidate.pinned(HELMET, 1, reason("pinned")));
            RecommendationEngine engine = engine(source);

            Recommendations minedOnly = engine.recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE).limit(10)
                    .strategy(Strategy.MINED_ONLY).build());
            Recommendations rulesOnly = engine.recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE).limit(10)
                    .strategy(Strategy.RULES_ONLY).build());

            assertThat(ids(minedOnly)).containsExactly(PUMP);
            assertThat(minedOnly.filteredOut()).extracting("why").containsOnly(FilteredItem.Why.STRATEGY);
            assertThat(ids(rulesOnly)).containsExactly(HELMET, LOCK);
        }

        @Test
        void duplicatesMergeKeepingTheBestRankAndEveryReason() {
            FixedSource rules = new FixedSource("rule").with(BIKE, Candidate.ranked(HELMET, Tier.RULE, 1, reason("rule 12")));
            FixedSource mined = new FixedSource("mined").with(BIKE,
                    Candidate.ranked(LOCK, Tier.MINED, 5, reason("lock mined")),
                    Candidate.ranked(HELMET, Tier.MINED, 9, reason("bought together in 37 orders")));

            Recommendations result = engine(mined, rules).recommend(fbt(BIKE));

            assertThat(ids(result)).containsExactly(HELMET, LOCK);
            assertThat(result.items().get(0).tier()).isEqualTo(Tier.RULE);
            assertThat(result.items().get(0).reasons()).extracting("text")
                    .containsExactlyInAnyOrder("rule 12", "bought together in 37 orders");
        }

        @Test
        void cutsToThePlacementLimit() {
            FixedSource source = new FixedSource("mined").with(BIKE,
                    Candidate.ranked(HELMET, Tier.MINED, 6, reason("a")),
                    Candidate.ranked(LOCK, Tier.MINED, 5, reason("b")),
                    Candidate.ranked(LIGHTS, Tier.MINED, 4, reason("c")),
                    Candidate.ranked(PUMP, Tier.MINED, 3, reason("d")));

            assertThat(ids(engine(source).recommend(fbt(BIKE)))).containsExactly(HELMET, LOCK, LIGHTS);
            assertThat(Placement.CART.defaultLimit()).isEqualTo(4);
        }

        @Test
        void ruleItemLimitCapsTheItemsOneRuleContributes() {
            FixedSource source = new FixedSource("rule").with(BIKE,
                    Candidate.ranked(HELMET, Tier.RULE, 3, reason("rule 1")).limitedTo("rule:1", 1),
                    Candidate.ranked(LOCK, Tier.RULE, 2, reason("rule 1")).limitedTo("rule:1", 1),
                    Candidate.ranked(LIGHTS, Tier.MINED, 1, reason("mined")));

            Recommendations result = engine(source).recommend(fbt(BIKE));

            assertThat(ids(result)).containsExactly(HELMET, LIGHTS);
            assertThat(result.filteredOut()).extracting("productId", "why")
                    .contains(org.assertj.core.groups.Tuple.tuple(LOCK, FilteredItem.Why.RULE_LIMIT));
        }
    }

    @Nested
    class Filters {

        @Test
        void aRuleTargetAlreadyInTheCartFillsThatRulesPlaces() {
            FixedSource source = new FixedSource("rule").with(BIKE,
                    Candidate.ranked(HELMET, Tier.RULE, 3, reason("bikes need a helmet")).limitedTo("rule:1", 1),
                    Candidate.ranked(PUMP, Tier.RULE, 2.9, reason("bikes need a helmet")).limitedTo("rule:1", 1),
                    Candidate.ranked(LOCK, Tier.RULE, 2, reason("bikes need a lock")).limitedTo("rule:2", 1));

            Recommendations result = engine(source).recommend(RecommendationRequest.forPlacement(Placement.CART)
                    .anchor(BIKE).exclude(Arrays.asList(BIKE, HELMET)).build());

            assertThat(ids(result)).containsExactly(LOCK);
        }

        @Test
        void neverTheViewedProductNorWhatIsInTheCart() {
            FixedSource source = new FixedSource("mined").with(BIKE,
                    Candidate.ranked(BIKE, Tier.MINED, 9, reason("self")),
                    Candidate.ranked(HELMET, Tier.MINED, 8, reason("in cart")),
                    Candidate.ranked(LOCK, Tier.MINED, 7, reason("ok")));

            Recommendations result = engine(source).recommend(RecommendationRequest.forPlacement(Placement.FBT)
                    .anchor(BIKE).exclude(Collections.singleton(HELMET)).build());

            assertThat(ids(result)).containsExactly(LOCK);
            assertThat(result.filteredOut()).extracting("why")
                    .containsExactly(FilteredItem.Why.ANCHOR, FilteredItem.Why.EXCLUDED);
        }

        @Test
        void neverInactiveOrOutOfStockProducts() {
            notRecommendable.add(HELMET);
            FixedSource source = new FixedSource("mined").with(BIKE,
                    Candidate.ranked(HELMET, Tier.MINED, 9, reason("out of stock")),
                    Candidate.ranked(LOCK, Tier.MINED, 7, reason("ok")));

            assertThat(ids(engine(source).recommend(fbt(BIKE)))).containsExactly(LOCK);
        }

        @Test
        void skipsWhatTheCustomerAlreadyBoughtUnlessRepurchaseIsAllowed() {
            bought.put(7L, new HashSet<Long>(Arrays.asList(HELMET, PUMP)));
            FixedSource source = new FixedSource("rule").with(BIKE,
                    Candidate.ranked(HELMET, Tier.RULE, 9, reason("owned")),
                    Candidate.ranked(PUMP, Tier.RULE, 8, reason("refill")).allowingRepurchase(),
                    Candidate.ranked(LOCK, Tier.RULE, 7, reason("ok")));

            Recommendations forCustomer = engine(source).recommend(
                    RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE).customer(7L).build());
            Recommendations anonymous = engine(source).recommend(fbt(BIKE));

            assertThat(ids(forCustomer)).containsExactly(PUMP, LOCK);
            assertThat(ids(anonymous)).containsExactly(HELMET, PUMP, LOCK);
        }

        @Test
        void cartPlacementMergesTheAnchorsAndOffersNothingAlreadyInTheCart() {
            FixedSource source = new FixedSource("mined")
                    .with(BIKE, Candidate.ranked(HELMET, Tier.MINED, 5, reason("bike-helmet")),
                            Candidate.ranked(LOCK, Tier.MINED, 2, reason("bike-lock")))
                    .with(HELMET, Candidate.ranked(LOCK, Tier.MINED, 4, reason("helmet-lock")),
                            Candidate.ranked(BIKE, Tier.MINED, 3, reason("helmet-bike")));
            List<Long> cart = Arrays.asList(BIKE, HELMET);

            Recommendations result = engine(source).recommend(
                    RecommendationRequest.forPlacement(Placement.CART).anchors(cart).exclude(cart).build());

            assertThat(ids(result)).containsExactly(LOCK);
            assertThat(result.items().get(0).reasons()).extracting("text").containsExactlyInAnyOrder("helmet-lock", "bike-lock");
        }

        @Test
        void anAnchorMergeCombinesOneTiersWeightsAcrossTheCartsAnchors() {
            FixedSource source = new FixedSource("mined")
                    .with(BIKE, Candidate.ranked(PUMP, Tier.MINED, 5, reason("bike-pump")),
                            Candidate.ranked(LOCK, Tier.MINED, 3, reason("bike-lock")))
                    .with(HELMET, Candidate.ranked(LOCK, Tier.MINED, 3, reason("helmet-lock")));
            AnchorMerge sum = AnchorMerge.SUM_OF_MINED;
            List<Long> cart = Arrays.asList(BIKE, HELMET);
            RecommendationRequest request = RecommendationRequest.forPlacement(Placement.CART).anchors(cart).exclude(cart).build();

            Recommendations best = engine(source).recommend(request);
            Recommendations summed = new RecommendationEngine(Arrays.<RecommendationSource>asList(source), catalog, purchases, 0, sum)
                    .recommend(request);

            assertThat(ids(best)).containsExactly(PUMP, LOCK);
            assertThat(ids(summed)).containsExactly(LOCK, PUMP);
            assertThat(summed.items().get(0).reasons()).extracting("text").containsExactly("bike-lock", "helmet-lock");
        }

        @Test
        void aBetterTierWinsWhateverTheAnchorMerge() {
            FixedSource source = new FixedSource("all")
                    .with(BIKE, Candidate.ranked(LOCK, Tier.RULE, 1, reason("rule")),
                            Candidate.ranked(PUMP, Tier.MINED, 2, reason("bike-pump")))
                    .with(HELMET, Candidate.ranked(LOCK, Tier.MINED, 9, reason("helmet-lock")),
                            Candidate.ranked(PUMP, Tier.MINED, 2, reason("helmet-pump")));
            AnchorMerge sum = AnchorMerge.SUM_OF_MINED;
            List<Long> cart = Arrays.asList(BIKE, HELMET);

            Recommendations result = new RecommendationEngine(Arrays.<RecommendationSource>asList(source), catalog, purchases, 0, sum)
                    .recommend(RecommendationRequest.forPlacement(Placement.CART).anchors(cart).exclude(cart).build());

            assertThat(ids(result)).containsExactly(LOCK, PUMP);
            assertThat(result.items().get(0).tier()).isEqualTo(Tier.RULE);
        }
    }

    @Nested
    class FailuresAndCaching {

        @Test
        void aFailingSourceIsSkippedAndTheOthersStillAnswer() {
            FixedSource healthy = new FixedSource("mined").with(BIKE, Candidate.ranked(LOCK, Tier.MINED, 1, reason("ok")));

            Recommendations result = engine(new FailingSource(), healthy).recommend(fbt(BIKE));

            assertThat(ids(result)).containsExactly(LOCK);
            assertThat(result.failedSources()).containsExactly("broken");
        }

        @Test
        void aSlowSourceIsCutOffByItsTimeBudget() {
            RecommendationSource slow = new RecommendationSource() {
                @Override
                public String name() {
                    return "slow";
                }

                @Override
                public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Collections.singletonList(Candidate.ranked(HELMET, Tier.RULE, 1, reason("late")));
                }
            };
            FixedSource healthy = new FixedSource("mined").with(BIKE, Candidate.ranked(LOCK, Tier.MINED, 1, reason("ok")));
            RecommendationEngine engine = new RecommendationEngine(Arrays.asList(slow, healthy), catalog, purchases, 50);

            Recommendations result = engine.recommend(fbt(BIKE));
            engine.shutdown();

            assertThat(ids(result)).containsExactly(LOCK);
            assertThat(result.failedSources()).containsExactly("slow");
        }

        @Test
        void candidatesArePrecomputedOncePerAnchorUntilInvalidated() {
            FixedSource source = new FixedSource("mined").with(BIKE, Candidate.ranked(LOCK, Tier.MINED, 1, reason("ok")));
            RecommendationEngine engine = engine(source);

            engine.recommend(fbt(BIKE));
            engine.recommend(fbt(BIKE));
            assertThat(source.calls.get()).isEqualTo(1);

            engine.invalidate();
            engine.recommend(fbt(BIKE));
            assertThat(source.calls.get()).isEqualTo(2);
        }

        @Test
        void invalidatingSomeAnchorsRecomputesOnlyTheirLists() {
            FixedSource source = new FixedSource("mined").with(BIKE, Candidate.ranked(LOCK, Tier.MINED, 1, reason("ok")))
                    .with(HELMET, Candidate.ranked(LOCK, Tier.MINED, 1, reason("ok")));
            RecommendationEngine engine = engine(source);
            engine.recommend(fbt(BIKE));
            engine.recommend(fbt(HELMET));
            int bikeCalls = source.callsFor.get(BIKE).get();
            int helmetCalls = source.callsFor.get(HELMET).get();

            engine.invalidate(Collections.singleton(BIKE));
            engine.recommend(fbt(BIKE));
            engine.recommend(fbt(HELMET));

            assertThat(source.callsFor.get(BIKE).get()).isGreaterThan(bikeCalls);
            assertThat(source.callsFor.get(HELMET).get()).as("kept").isEqualTo(helmetCalls);
        }

        @Test
        void filtersApplyPerRequestEvenOnCachedCandidates() {
            FixedSource source = new FixedSource("mined").with(BIKE, Candidate.ranked(LOCK, Tier.MINED, 1, reason("ok")));
            RecommendationEngine engine = engine(source);
            assertThat(ids(engine.recommend(fbt(BIKE)))).containsExactly(LOCK);

            notRecommendable.add(LOCK);

            assertThat(ids(engine.recommend(fbt(BIKE)))).isEmpty();
        }
    }
}
