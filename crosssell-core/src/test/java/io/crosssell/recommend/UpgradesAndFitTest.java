package io.crosssell.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.crosssell.rule.engine.RuleDefinition;
import io.crosssell.rule.engine.RuleRecommendationSource;
import io.crosssell.rule.engine.RuleRepository;

/** Up-sells kept apart from cross-sells, and the catalog's fit marks protecting shoppers from targets not meant for them. */
class UpgradesAndFitTest {

    private static final long BIKES = 10;
    private static final long HELMETS = 11;
    private static final long LOCKS = 12;
    private static final long COMMUTER_BIKE = 101;
    private static final long GRAVEL_BIKE = 102;
    private static final long KIDS_BIKE = 105;
    private static final long URBAN_HELMET = 111;
    private static final long KIDS_HELMET = 114;
    private static final long U_LOCK = 121;
    private static final long CABLE_LOCK = 123;

    private final List<RuleDefinition> rules = new ArrayList<RuleDefinition>();
    private final Map<Long, String> fitMarks = new HashMap<Long, String>();

    private final CatalogStructure structure = new CatalogStructure() {
        @Override
        public Set<Long> categoriesWithAncestorsOf(long productId) {
            return productId < 110 ? Collections.singleton(BIKES)
                    : Collections.singleton(productId < 120 ? HELMETS : LOCKS);
        }

        @Override
        public List<Long> productsInCategoryTree(long categoryId) {
            if (categoryId == HELMETS) {
                return Arrays.asList(URBAN_HELMET, KIDS_HELMET);
            }
            return categoryId == LOCKS ? Arrays.asList(U_LOCK, CABLE_LOCK) : Collections.<Long>emptyList();
        }

        @Override
        public String categoryName(long categoryId) {
            return "category " + categoryId;
        }

        @Override
        public Long defaultCategoryOf(long productId) {
            return categoriesWithAncestorsOf(productId).iterator().next();
        }
    };

    /** Everything recommendable; products marked differently do not fit, unmarked ones fit everything. */
    private final CatalogView catalog = new CatalogView() {
        @Override
        public boolean isRecommendable(long productId) {
            return true;
        }

        @Override
        public boolean fits(long anchorProductId, long productId) {
            String anchor = fitMarks.get(anchorProductId);
            String product = fitMarks.get(productId);
            return anchor == null || product == null || anchor.equals(product);
        }
    };

    private final RuleRecommendationSource ruleSource = new RuleRecommendationSource(new RuleRepository() {
        @Override
        public List<RuleDefinition> rulesInEffect() {
            return rules;
        }
    }, structure, RuleRecommendationSource.TargetAffinity.NONE);

    /** Stands for mined pairs and fallbacks: proposes the same products for every placement it is asked about. */
    private static final class Evidence implements RecommendationSource {
        final Map<Long, List<Candidate>> byAnchor = new HashMap<Long, List<Candidate>>();
        final Set<Placement> askedFor = new LinkedHashSet<Placement>();

        Evidence with(long anchor, Candidate... candidates) {
            byAnchor.put(anchor, Arrays.asList(candidates));
            return this;
        }

        @Override
        public String name() {
            return "evidence";
        }

        @Override
        public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
            askedFor.add(placement);
            List<Candidate> candidates = byAnchor.get(anchorProductId);
            return candidates == null ? Collections.<Candidate>emptyList() : candidates;
        }
    }

    private RecommendationEngine engine(RecommendationSource... sources) {
        return new RecommendationEngine(Arrays.asList(sources), catalog, new PurchaseHistory() {
            @Override
            public Set<Long> productsBoughtBy(long customerId) {
                return Collections.emptySet();
            }
        }, 0);
    }

    private static Recommendations ask(RecommendationEngine engine, Placement placement, long... anchors) {
        RecommendationRequest.Builder request = RecommendationRequest.forPlacement(placement).limit(10);
        for (long anchor : anchors) {
            request.anchor(anchor);
        }
        return engine.recommend(request.build());
    }

    private static List<Long> ids(Recommendations recommendations) {
        List<Long> ids = new ArrayList<Long>();
        for (RecommendedItem item : recommendations.items()) {
            ids.add(item.productId());
        }
        return ids;
    }

    private static Map<Long, FilteredItem.Why> filtered(Recommendations recommendations) {
        Map<Long, FilteredItem.Why> why = new HashMap<Long, FilteredItem.Why>();
        for (FilteredItem item : recommendations.filteredOut()) {
            why.put(item.productId(), item.why());
        }
        return why;
    }

    @Nested
    class UpSells {

        @Test
        void upSellRuleTargetsAreOfferedOnlyInTheUpgradePlacementNeverInTheCrossSellLists() {
            rules.add(RuleDefinition.builder(1, "UP_SELL").sourceProduct(COMMUTER_BIKE, "Metro").targetProduct(GRAVEL_BIKE, "Gravel").build());
            rules.add(RuleDefinition.builder(2, "FREQUENTLY_BOUGHT_TOGETHER").sourceCategory(BIKES, "Bikes")
                    .targetCategory(HELMETS, "Helmets").build());
            rules.add(RuleDefinition.builder(3, "POST_PURCHASE").sourceCategory(BIKES, "Bikes").targetProduct(U_LOCK, "U-Lock").build());
            // Order history says the two bikes go together too (a family buying two): still an upgrade, not a complement.
            Evidence evidence = new Evidence().with(COMMUTER_BIKE, Candidate.ranked(GRAVEL_BIKE, Tier.MINED, 9, new Reason("mined", "pair")),
                    Candidate.ranked(CABLE_LOCK, Tier.MINED, 1, new Reason("mined", "pair")));
            RecommendationEngine engine = engine(ruleSource, evidence);

            Recommendations upsell = ask(engine, Placement.UPSELL, COMMUTER_BIKE);
            Recommendations fbt = ask(engine, Placement.FBT, COMMUTER_BIKE);
            Recommendations cart = ask(engine, Placement.CART, COMMUTER_BIKE);
            Recommendations confirmation = ask(engine, Placement.CONFIRMATION, COMMUTER_BIKE);

            assertThat(ids(upsell)).containsExactly(GRAVEL_BIKE);
            assertThat(upsell.items().get(0).reasons()).extracting("text").containsExactly("rule 1: Metro \u2192 Gravel");
            assertThat(ids(fbt)).containsExactly(URBAN_HELMET, KIDS_HELMET, CABLE_LOCK);
            assertThat(ids(cart)).containsExactly(URBAN_HELMET, KIDS_HELMET, CABLE_LOCK);
            assertThat(ids(confirmation)).containsExactly(U_LOCK, CABLE_LOCK);
            assertThat(filtered(fbt)).containsEntry(GRAVEL_BIKE, FilteredItem.Why.UPGRADE);
            assertThat(filtered(confirmation)).containsEntry(GRAVEL_BIKE, FilteredItem.Why.UPGRADE);
        }

        @Test
        void theUpgradePlacementDrawsOnNoComplementSource() {
            rules.add(RuleDefinition.builder(1, "UP_SELL").sourceProduct(CABLE_LOCK, "Cable").targetProduct(U_LOCK, "U-Lock").build());
            Evidence evidence = new Evidence().with(CABLE_LOCK, Candidate.ranked(URBAN_HELMET, Tier.FALLBACK, 1, new Reason("fallback", "best")));
            RecommendationEngine engine = engine(ruleSource, evidence);

            assertThat(ids(ask(engine, Placement.UPSELL, CABLE_LOCK))).containsExactly(U_LOCK);
            assertThat(ids(ask(engine, Placement.UPSELL, URBAN_HELMET))).isEmpty();
            assertThat(evidence.askedFor).doesNotContain(Placement.UPSELL);
            assertThat(ids(ask(engine, Placement.FBT, CABLE_LOCK))).containsExactly(URBAN_HELMET);
        }

        @Test
        void aCartNeverOffersTheUpgradeOfAnythingInIt() {
            rules.add(RuleDefinition.builder(1, "UP_SELL").sourceProduct(CABLE_LOCK, "Cable").targetProduct(U_LOCK, "U-Lock").build());
            rules.add(RuleDefinition.builder(2, "CART_CROSS_SELL").sourceCategory(BIKES, "Bikes").targetCategory(LOCKS, "Locks").build());

            Recommendations cart = ask(engine(ruleSource), Placement.CART, COMMUTER_BIKE, CABLE_LOCK);

            assertThat(ids(cart)).doesNotContain(U_LOCK);
            assertThat(filtered(cart)).containsEntry(U_LOCK, FilteredItem.Why.UPGRADE);
        }
    }

    @Nested
    class Fit {

        @Test
        void categoryRuleTargetsMarkedForOtherShoppersAreLeftOut() {
            fitMarks.put(KIDS_BIKE, "kids");
            fitMarks.put(KIDS_HELMET, "kids");
            fitMarks.put(URBAN_HELMET, "adult");
            fitMarks.put(U_LOCK, "adult");
            rules.add(RuleDefinition.builder(1, "FREQUENTLY_BOUGHT_TOGETHER").sourceCategory(BIKES, "Bikes")
                    .targetCategory(HELMETS, "Helmets").priority(20).build());
            rules.add(RuleDefinition.builder(2, "FREQUENTLY_BOUGHT_TOGETHER").sourceCategory(BIKES, "Bikes")
                    .targetCategory(LOCKS, "Locks").priority(10).build());

            Recommendations kids = ask(engine(ruleSource), Placement.FBT, KIDS_BIKE);
            Recommendations adult = ask(engine(ruleSource), Placement.FBT, COMMUTER_BIKE);

            assertThat(ids(kids)).containsExactly(KIDS_HELMET, CABLE_LOCK);
            assertThat(filtered(kids)).containsEntry(URBAN_HELMET, FilteredItem.Why.DOES_NOT_FIT)
                    .containsEntry(U_LOCK, FilteredItem.Why.DOES_NOT_FIT);
            assertThat(ids(adult)).as("the commuter bike is unmarked: everything fits it").contains(URBAN_HELMET, KIDS_HELMET, U_LOCK);
        }

        @Test
        void fallbacksAndMinedPairsAreCheckedForFitToo() {
            fitMarks.put(KIDS_BIKE, "kids");
            fitMarks.put(U_LOCK, "adult");
            Evidence evidence = new Evidence().with(KIDS_BIKE, Candidate.ranked(U_LOCK, Tier.FALLBACK, 5, new Reason("fallback", "best")),
                    Candidate.ranked(CABLE_LOCK, Tier.FALLBACK, 1, new Reason("fallback", "best")));

            assertThat(ids(ask(engine(evidence), Placement.FBT, KIDS_BIKE))).containsExactly(CABLE_LOCK);
        }

        @Test
        void aProductToProductRuleIsAnExplicitPairingThatFitMarksDoNotOverrule() {
            fitMarks.put(KIDS_BIKE, "kids");
            fitMarks.put(U_LOCK, "adult");
            rules.add(RuleDefinition.builder(1, "FREQUENTLY_BOUGHT_TOGETHER").sourceProduct(KIDS_BIKE, "Kids bike")
                    .targetProduct(U_LOCK, "U-Lock").build());
            rules.add(RuleDefinition.builder(2, "FREQUENTLY_BOUGHT_TOGETHER").sourceCategory(BIKES, "Bikes")
                    .targetProduct(U_LOCK, "U-Lock").build());

            Recommendations kids = ask(engine(ruleSource), Placement.FBT, KIDS_BIKE);

            assertThat(ids(kids)).containsExactly(U_LOCK);
            assertThat(kids.items().get(0).reasons()).extracting("text").contains("rule 1: Kids bike \u2192 U-Lock");
        }

        @Test
        void inACartATargetThatFitsOneAnchorIsOfferedForThatAnchor() {
            fitMarks.put(KIDS_BIKE, "kids");
            fitMarks.put(COMMUTER_BIKE, "adult");
            fitMarks.put(U_LOCK, "adult");
            rules.add(RuleDefinition.builder(1, "CART_CROSS_SELL").sourceCategory(BIKES, "Bikes").targetProduct(U_LOCK, "U-Lock").build());

            assertThat(ids(ask(engine(ruleSource), Placement.CART, KIDS_BIKE))).isEmpty();
            assertThat(ids(ask(engine(ruleSource), Placement.CART, KIDS_BIKE, COMMUTER_BIKE))).containsExactly(U_LOCK);
        }
    }
}
