package io.crosssell.learning;

import static io.crosssell.learning.CoPurchaseBackfillSourceTest.supplier;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.CatalogStructure;
import io.crosssell.recommend.Placement;
import io.crosssell.rule.engine.RuleDefinition;
import io.crosssell.rule.engine.RuleRepository;

class BestSellerFallbackSourceTest {

    private static final long BIKES = 10;
    private static final long LOCKS = 12;
    private static final RuleRepository NO_RULES = new RuleRepository() {
        @Override
        public List<RuleDefinition> rulesInEffect() {
            return Collections.emptyList();
        }
    };

    /** Bikes 101, 102; locks 121, 122; 151 has no category. */
    private static final class TwoCategories implements CatalogStructure {
        final Map<Long, Long> categoryOf = new HashMap<Long, Long>();

        TwoCategories() {
            categoryOf.put(101L, BIKES);
            categoryOf.put(102L, BIKES);
            categoryOf.put(121L, LOCKS);
            categoryOf.put(122L, LOCKS);
        }

        @Override
        public Set<Long> categoriesWithAncestorsOf(long productId) {
            Long category = categoryOf.get(productId);
            return category == null ? Collections.<Long>emptySet() : Collections.singleton(category);
        }

        @Override
        public List<Long> productsInCategoryTree(long categoryId) {
            List<Long> products = new ArrayList<Long>();
            for (Map.Entry<Long, Long> entry : categoryOf.entrySet()) {
                if (entry.getValue() == categoryId) {
                    products.add(entry.getKey());
                }
            }
            Collections.sort(products);
            return products;
        }

        @Override
        public String categoryName(long categoryId) {
            return categoryId == BIKES ? "Bikes" : "Locks";
        }

        @Override
        public Long defaultCategoryOf(long productId) {
            return categoryOf.get(productId);
        }
    }

    // 151 in 4 orders, 122 in 3, 101 in 2, 121 and 102 in 1
    private final CoPurchaseStatistics stats = CoPurchaseMiner.mine(Arrays.asList(
            Basket.of(1, 101, 122), Basket.of(2, 101, 151), Basket.of(3, 122, 151), Basket.of(4, 122, 151),
            Basket.of(5, 151), Basket.of(6, 121), Basket.of(7, 102)));
    private final StatisticsSupplier statistics = supplier(stats, MiningThresholds.defaults());

    private static List<Long> ids(List<Candidate> candidates) {
        List<Long> ids = new ArrayList<Long>();
        for (Candidate candidate : candidates) {
            ids.add(candidate.productId());
        }
        return ids;
    }

    @Test
    void offersTheComplementaryCategoriesBestSellersThenTheShops() {
        List<Candidate> candidates = new BestSellerFallbackSource(statistics, new TwoCategories(), NO_RULES, 3)
                .candidatesFor(101, Placement.FBT);

        assertThat(ids(candidates)).containsExactly(122L, 121L, 151L, 122L, 101L);
        assertThat(candidates.get(2).reason().text()).isEqualTo("best seller in the shop");
        assertThat(candidates.get(1).weight()).isGreaterThan(candidates.get(2).weight());
    }

    @Test
    void aProductWithoutCategoriesGetsTheShopsBestSellersByOrdersThenId() {
        List<Candidate> candidates = new BestSellerFallbackSource(statistics, new TwoCategories(), NO_RULES,
                BestSellerFallbackSource.SHOP_BEST_SELLERS).candidatesFor(151, Placement.FBT);

        assertThat(ids(candidates)).containsExactly(151L, 122L, 101L, 102L, 121L);
    }

    @Test
    void byDefaultTheShopsTenBestSellersFollowTheCategories() {
        assertThat(ids(new BestSellerFallbackSource(statistics, new TwoCategories(), NO_RULES).candidatesFor(101, Placement.FBT)))
                .containsExactly(122L, 121L, 151L, 122L, 101L, 102L, 121L);
        assertThat(BestSellerFallbackSource.SHOP_BEST_SELLERS).isEqualTo(10);
    }

    @Test
    void noShopBestSellersWhenAskedForNone() {
        assertThat(new BestSellerFallbackSource(statistics, new TwoCategories(), NO_RULES, 0).candidatesFor(151, Placement.FBT))
                .isEmpty();
    }
}
