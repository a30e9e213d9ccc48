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

import org.junit.jupiter.api.Test;

import io.crosssell.recommend.RecommendationEngineTest.FixedSource;

/** What a shopper's own history (viewed lately, bought) does to the lists: the personal placement, favouring, substitutes. */
class PersonalRankingTest {

    private static final long CUSTOMER = 7;
    private static final long BIKE = 101;
    private static final long HELMET = 111;
    private static final long LOCK = 121;
    private static final long CABLE_LOCK = 122;
    private static final long LIGHTS = 133;
    private static final long PUMP = 141;
    private static final long CHAIN_LUBE = 162;
    private static final long TUBE = 171;
    private static final long SPARE_TUBE = 172;
    private static final long LOCKS = 12;
    private static final long TUBES = 17;

    private final Map<Long, Long> categoryOf = new HashMap<Long, Long>();
    private final Set<Long> consumables = new HashSet<Long>();
    private final Set<Long> owned = new HashSet<Long>();
    private final List<Long> boughtLately = new ArrayList<Long>();

    private final CatalogView catalog = new CatalogView() {
        @Override
        public boolean isRecommendable(long productId) {
            return true;
        }

        @Override
        public Long leafCategoryOf(long productId) {
            return categoryOf.get(productId);
        }

        @Override
        public boolean isConsumable(long productId) {
            return consumables.contains(productId);
        }
    };

    private final PurchaseHistory purchases = new PurchaseHistory() {
        @Override
        public Set<Long> productsBoughtBy(long customerId) {
            return customerId == CUSTOMER ? owned : Collections.<Long>emptySet();
        }

        @Override
        public List<Long> recentlyBoughtBy(long customerId, int max) {
            return customerId == CUSTOMER ? boughtLately : Collections.<Long>emptyList();
        }
    };

    PersonalRankingTest() {
        categoryOf.put(LOCK, LOCKS);
        categoryOf.put(CABLE_LOCK, LOCKS);
        categoryOf.put(TUBE, TUBES);
        categoryOf.put(SPARE_TUBE, TUBES);
        consumables.add(TUBE);
        consumables.add(SPARE_TUBE);
    }

    private RecommendationEngine engine(RecommendationSource source) {
        return new RecommendationEngine(Arrays.asList(source), catalog, purchases, 0);
    }

    private static Candidate mined(long productId, double score) {
        return Candidate.ranked(productId, Tier.MINED, score, new Reason("mined", "bought together"));
    }

    private static Candidate rule(long productId, double priority) {
        return Candidate.ranked(productId, Tier.RULE, priority, new Reason("rule", "rule"));
    }

    private static List<Long> ids(Recommendations recommendations) {
        List<Long> ids = new ArrayList<Long>();
        for (RecommendedItem item : recommendations.items()) {
            ids.add(item.productId());
        }
        return ids;
    }

    private static FilteredItem.Why whyLeftOut(Recommendations recommendations, long productId) {
        for (FilteredItem item : recommendations.filteredOut()) {
            if (item.productId() == productId) {
                return item.why();
            }
        }
        return null;
    }

    @Test
    void recommendedForYouOffersComplementsOfTheMostRecentlyViewedFirstAndNeverTheViewedThemselves() {
        FixedSource source = new FixedSource("test")
                .with(BIKE, mined(HELMET, 2.0), mined(LOCK, 1.0))
                .with(LOCK, mined(CHAIN_LUBE, 2.0), mined(BIKE, 1.5));
        RecommendationRequest justViewedTheBike = RecommendationRequest.forPlacement(Placement.PERSONAL)
                .recentlyViewed(Arrays.asList(BIKE, LOCK)).build();
        RecommendationRequest justViewedTheLock = RecommendationRequest.forPlacement(Placement.PERSONAL)
                .recentlyViewed(Arrays.asList(LOCK, BIKE)).build();

        Recommendations bikeFirst = engine(source).recommend(justViewedTheBike);
        Recommendations lockFirst = engine(source).recommend(justViewedTheLock);

        assertThat(ids(bikeFirst)).containsExactly(HELMET, CHAIN_LUBE);
        assertThat(ids(lockFirst)).containsExactly(CHAIN_LUBE, HELMET);
        assertThat(whyLeftOut(bikeFirst, LOCK)).isEqualTo(FilteredItem.Why.ANCHOR);
        assertThat(whyLeftOut(bikeFirst, BIKE)).isEqualTo(FilteredItem.Why.ANCHOR);
    }

    @Test
    void onlyTheEightMostRecentHistoryProductsCount() {
        List<Long> viewed = new ArrayList<Long>();
        for (long product = 201; product <= 210; product++) {
            viewed.add(product);
        }
        FixedSource source = new FixedSource("test").with(208, mined(HELMET, 1.0)).with(209, mined(PUMP, 1.0));

        Recommendations result = engine(source).recommend(RecommendationRequest.forPlacement(Placement.PERSONAL)
                .recentlyViewed(viewed).build());

        assertThat(RecommendationEngine.MAX_HISTORY).isEqualTo(8);
        assertThat(ids(result)).containsExactly(HELMET);
    }

    @Test
    void recommendedForYouDrawsOnWhatACustomerBoughtAndIsEmptyForANewVisitor() {
        FixedSource source = new FixedSource("test").with(LOCK, mined(CHAIN_LUBE, 2.0), mined(HELMET, 1.0));
        boughtLately.add(LOCK);
        owned.add(LOCK);

        Recommendations customer = engine(source).recommend(RecommendationRequest.forPlacement(Placement.PERSONAL)
                .customer(CUSTOMER).build());
        Recommendations newVisitor = engine(source).recommend(RecommendationRequest.forPlacement(Placement.PERSONAL).build());

        assertThat(ids(customer)).containsExactly(CHAIN_LUBE, HELMET);
        assertThat(ids(newVisitor)).isEmpty();
    }

    @Test
    void theProductPageFavoursMinedComplementsOfWhatTheShopperViewedAndSaysSo() {
        FixedSource source = new FixedSource("test")
                .with(BIKE, mined(HELMET, 3.0), mined(LIGHTS, 2.5), mined(PUMP, 2.0))
                .with(LOCK, mined(LIGHTS, 1.0));

        Recommendations newVisitor = engine(source).recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE).build());
        Recommendations viewedTheLock = engine(source).recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE)
                .recentlyViewed(Arrays.asList(BIKE, LOCK)).build());

        assertThat(ids(newVisitor)).containsExactly(HELMET, LIGHTS, PUMP);
        // LIGHTS go with the lock viewed before: 2.5 × (1 + 1) ranks ahead of the helmet's 3.0.
        assertThat(ids(viewedTheLock)).containsExactly(LIGHTS, HELMET, PUMP);
        assertThat(viewedTheLock.items().get(0).reasons()).extracting(Reason::source).contains("mined", "personal");
    }

    @Test
    void merchandiserRulesKeepTheirOrderWhateverTheShopperViewed() {
        FixedSource source = new FixedSource("test")
                .with(BIKE, rule(HELMET, 2), rule(LIGHTS, 1))
                .with(LOCK, mined(LIGHTS, 5.0));

        Recommendations viewedTheLock = engine(source).recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE)
                .recentlyViewed(Collections.singletonList(LOCK)).build());

        assertThat(ids(viewedTheLock)).containsExactly(HELMET, LIGHTS);
    }

    @Test
    void aSecondLockIsNotOfferedToACustomerWhoBoughtALockButASecondTubeIs() {
        FixedSource source = new FixedSource("test")
                .with(BIKE, mined(CABLE_LOCK, 3.0), mined(SPARE_TUBE, 2.0), mined(PUMP, 1.0));
        owned.add(LOCK);
        // Consumables never enter the owned set (OrderPurchaseHistory leaves them out); a tube is bought again and again.
        boughtLately.add(TUBE);

        Recommendations customer = engine(source).recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE)
                .customer(CUSTOMER).build());
        Recommendations newVisitor = engine(source).recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(BIKE).build());

        assertThat(ids(customer)).containsExactly(SPARE_TUBE, PUMP);
        assertThat(whyLeftOut(customer, CABLE_LOCK)).isEqualTo(FilteredItem.Why.SUBSTITUTE);
        assertThat(ids(newVisitor)).containsExactly(CABLE_LOCK, SPARE_TUBE, PUMP);
    }

    @Test
    void theConfirmationPageOffersNoSecondLockRightAfterALockWasBoughtEvenByAGuest() {
        FixedSource source = new FixedSource("test").with(LOCK, mined(CABLE_LOCK, 3.0), mined(CHAIN_LUBE, 1.0));

        Recommendations afterTheLock = engine(source).recommend(RecommendationRequest.forPlacement(Placement.CONFIRMATION)
                .anchor(LOCK).build());

        assertThat(ids(afterTheLock)).containsExactly(CHAIN_LUBE);
        assertThat(whyLeftOut(afterTheLock, CABLE_LOCK)).isEqualTo(FilteredItem.Why.SUBSTITUTE);
    }

    @Test
    void aRuleTargetFlaggedToBeOfferedAgainIsNoSubstitute() {
        FixedSource source = new FixedSource("test").with(LOCK, rule(CABLE_LOCK, 1).allowingRepurchase());

        Recommendations afterTheLock = engine(source).recommend(RecommendationRequest.forPlacement(Placement.CONFIRMATION)
                .anchor(LOCK).build());

        assertThat(ids(afterTheLock)).containsExactly(CABLE_LOCK);
    }
}
