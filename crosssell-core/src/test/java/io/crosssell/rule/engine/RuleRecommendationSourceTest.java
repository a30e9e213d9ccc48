package io.crosssell.rule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.CatalogStructure;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Tier;

class RuleRecommendationSourceTest {

    private static final long SHOP = 2;
    private static final long BIKES = 10;
    private static final long CITY_BIKES = 18;
    private static final long HELMETS = 11;
    private static final long COMMUTER_BIKE = 101;
    private static final long URBAN_HELMET = 111;
    private static final long ROAD_HELMET = 112;
    private static final long LOCK = 121;

    private final List<RuleDefinition> rules = new ArrayList<RuleDefinition>();

    /** Shop > Bikes > City bikes (commuter bike); Shop > Helmets (two helmets). */
    private final CatalogStructure catalog = new CatalogStructure() {
        @Override
        public Set<Long> categoriesWithAncestorsOf(long productId) {
            return productId == COMMUTER_BIKE ? new LinkedHashSet<Long>(Arrays.asList(CITY_BIKES, BIKES, SHOP))
                    : Collections.<Long>emptySet();
        }

        @Override
        public List<Long> productsInCategoryTree(long categoryId) {
            Map<Long, List<Long>> products = new HashMap<Long, List<Long>>();
            products.put(HELMETS, Arrays.asList(URBAN_HELMET, ROAD_HELMET));
            List<Long> result = products.get(categoryId);
            return result == null ? Collections.<Long>emptyList() : result;
        }

        @Override
        public String categoryName(long categoryId) {
            return "category " + categoryId;
        }

        @Override
        public Long defaultCategoryOf(long productId) {
            return null;
        }
    };

    private final RuleRecommendationSource source = new RuleRecommendationSource(new RuleRepository() {
        @Override
        public List<RuleDefinition> rulesInEffect() {
            return rules;
        }
    }, catalog, RuleRecommendationSource.TargetAffinity.NONE);

    @Test
    void categoryRuleAppliesToProductsOfSubcategoriesAndExpandsItsTargetCategory() {
        rules.add(RuleDefinition.builder(12, "FREQUENTLY_BOUGHT_TOGETHER")
                .sourceCategory(BIKES, "Bikes").targetCategory(HELMETS, "Helmets").priority(5).build());

        List<Candidate> candidates = source.candidatesFor(COMMUTER_BIKE, Placement.FBT);

        assertThat(candidates).extracting("productId").containsExactly(URBAN_HELMET, ROAD_HELMET);
        assertThat(candidates.get(0).tier()).isEqualTo(Tier.RULE);
        assertThat(candidates.get(0).weight()).isGreaterThan(candidates.get(1).weight()).isLessThanOrEqualTo(5);
        assertThat(candidates.get(1).weight()).isGreaterThan(4);
        assertThat(candidates.get(0).reason().text()).isEqualTo("rule 12: Bikes \u2192 Helmets");
    }

    @Test
    void categoryTargetsBoughtMostWithTheAnchorComeFirst() {
        rules.add(RuleDefinition.builder(13, "FREQUENTLY_BOUGHT_TOGETHER")
                .sourceCategory(BIKES, "Bikes").targetCategory(HELMETS, "Helmets").build());
        RuleRecommendationSource withHistory = new RuleRecommendationSource(new RuleRepository() {
            @Override
            public List<RuleDefinition> rulesInEffect() {
                return rules;
            }
        }, catalog, new RuleRecommendationSource.TargetAffinity() {
            @Override
            public double affinity(long anchor, long target) {
                return target == ROAD_HELMET ? 12 : 3;
            }
        });

        assertThat(withHistory.candidatesFor(COMMUTER_BIKE, Placement.FBT)).extracting("productId")
                .containsExactly(ROAD_HELMET, URBAN_HELMET);
    }

    @Test
    void productRuleAppliesOnlyToItsSourceProduct() {
        rules.add(RuleDefinition.builder(3, "FREQUENTLY_BOUGHT_TOGETHER")
                .sourceProduct(COMMUTER_BIKE, "Metro Commuter Bike").targetProduct(LOCK, "Heavy U-Lock").build());

        assertThat(source.candidatesFor(COMMUTER_BIKE, Placement.FBT)).extracting("productId").containsExactly(LOCK);
        assertThat(source.candidatesFor(URBAN_HELMET, Placement.FBT)).isEmpty();
    }

    @Test
    void positionedRulePinsAndMaxItemsGroupsItsTargets() {
        rules.add(RuleDefinition.builder(4, "FREQUENTLY_BOUGHT_TOGETHER")
                .sourceProduct(COMMUTER_BIKE, "bike").targetCategory(HELMETS, "Helmets").position(1).maxItems(1).build());

        List<Candidate> candidates = source.candidatesFor(COMMUTER_BIKE, Placement.FBT);

        assertThat(candidates).extracting("tier").containsOnly(Tier.PINNED);
        assertThat(candidates).extracting("group").containsOnly("rule:4");
        assertThat(candidates).extracting("groupLimit").containsOnly(1);
    }

    @Test
    void eachPlacementUsesItsOwnRuleTypesAndUpSellsStayApart() {
        rules.add(RuleDefinition.builder(5, "POST_PURCHASE").sourceProduct(COMMUTER_BIKE, "bike").targetProduct(LOCK, "lock").build());
        rules.add(RuleDefinition.builder(6, "UP_SELL").sourceProduct(COMMUTER_BIKE, "bike").targetProduct(URBAN_HELMET, "helmet").build());

        assertThat(source.candidatesFor(COMMUTER_BIKE, Placement.FBT)).isEmpty();
        assertThat(source.candidatesFor(COMMUTER_BIKE, Placement.CART)).isEmpty();
        assertThat(source.candidatesFor(COMMUTER_BIKE, Placement.CONFIRMATION)).extracting("productId").containsExactly(LOCK);
        assertThat(source.candidatesFor(COMMUTER_BIKE, Placement.UPSELL)).extracting("productId").containsExactly(URBAN_HELMET);
    }

    @Test
    void onlyProductToProductRulesAreExplicitPairings() {
        rules.add(RuleDefinition.builder(10, "FREQUENTLY_BOUGHT_TOGETHER").sourceProduct(COMMUTER_BIKE, "bike")
                .targetProduct(LOCK, "lock").build());
        rules.add(RuleDefinition.builder(11, "FREQUENTLY_BOUGHT_TOGETHER").sourceCategory(BIKES, "Bikes")
                .targetProduct(ROAD_HELMET, "helmet").build());
        rules.add(RuleDefinition.builder(12, "FREQUENTLY_BOUGHT_TOGETHER").sourceProduct(COMMUTER_BIKE, "bike")
                .targetCategory(HELMETS, "Helmets").build());

        List<Candidate> candidates = source.candidatesFor(COMMUTER_BIKE, Placement.FBT);

        assertThat(candidates).filteredOn(Candidate::isExplicitPairing).extracting("productId").containsExactly(LOCK);
        assertThat(candidates).hasSize(4);
    }

    @Test
    void repurchaseFlagCarriesOverToTheCandidates() {
        rules.add(RuleDefinition.builder(7, "POST_PURCHASE").sourceProduct(COMMUTER_BIKE, "bike")
                .targetProduct(LOCK, "lock").repurchaseAllowed(true).build());

        assertThat(source.candidatesFor(COMMUTER_BIKE, Placement.CONFIRMATION).get(0).repurchaseAllowed()).isTrue();
    }

    @Test
    void aRuleNeedsExactlyOneSourceAndOneTarget() {
        assertThatThrownBy(() -> RuleDefinition.builder(8, "UP_SELL").targetProduct(LOCK, "lock").build())
                .hasMessageContaining("exactly one source");
        assertThatThrownBy(() -> RuleDefinition.builder(9, "UP_SELL").sourceProduct(1, "a").build())
                .hasMessageContaining("exactly one target");
    }
}
