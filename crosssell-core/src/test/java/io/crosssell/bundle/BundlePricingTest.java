package io.crosssell.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BundlePricingTest {

    private static final Date NOW = new Date(2_000_000_000_000L);
    private static final BundleDefinition KIT = BundleDefinition.builder("Commuter kit").id(1L).percentOff("10")
            .product(101).product(121).product(133).build();

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void percentageIsRoundedHalfEvenPerUnitLikeBroadleaf() {
        // 10 % of 69.99 = 6.999 -> 7.00; of 54.99 = 5.499 -> 5.50
        assertThat(BundlePricing.saving(KIT, Arrays.asList(money("599.00"), money("69.99"), money("54.99"))))
                .isEqualByComparingTo("72.40");
        BundleDefinition fifteen = KIT.toBuilder().percentOff("15").build();
        // 15 % of 49.99 = 7.4985 -> 7.50
        assertThat(BundlePricing.saving(fifteen, Arrays.asList(money("49.99"), money("0.10"), money("0.30"))))
                .isEqualByComparingTo("7.56");
    }

    @Test
    void amountComesOffTheFirstProductAtMostItsPrice() {
        BundleDefinition amount = BundleDefinition.builder("Kit").amountOff("20").anyOfCategory(11).product(121).build();
        assertThat(BundlePricing.saving(amount, Arrays.asList(money("49.99"), money("69.99")))).isEqualByComparingTo("20.00");
        assertThat(BundlePricing.saving(amount, Arrays.asList(money("49.99"), money("15.00")))).isEqualByComparingTo("15.00");
    }

    @Test
    void quotesTheBundleTheShownSetCompletes() {
        Map<Long, BigDecimal> shown = prices(101, "599.00", 133, "54.99", 111, "49.99", 121, "69.99");

        BundlePricing.Quote quote = BundlePricing.bestCompletedBy(Collections.singletonList(KIT), 101, shown,
                Collections.<Long, Set<Long>>emptyMap(), NOW);

        assertThat(quote.productIds()).containsExactly(101L, 121L, 133L);
        assertThat(quote.setPrice()).isEqualByComparingTo("723.98");
        assertThat(quote.saving()).isEqualByComparingTo("72.40");
        assertThat(quote.bundlePrice()).isEqualByComparingTo("651.58");
    }

    @Test
    void noQuoteForAnIncompleteSetAnotherAnchorOrABundleNotInEffect() {
        Map<Long, BigDecimal> partial = prices(101, "599.00", 133, "54.99");
        Map<Long, BigDecimal> complete = prices(101, "599.00", 121, "69.99", 133, "54.99");
        Map<Long, Set<Long>> none = Collections.emptyMap();

        assertThat(BundlePricing.bestCompletedBy(Collections.singletonList(KIT), 101, partial, none, NOW)).isNull();
        assertThat(BundlePricing.bestCompletedBy(Collections.singletonList(KIT), 102, complete, none, NOW)).isNull();
        assertThat(BundlePricing.bestCompletedBy(Collections.singletonList(KIT.toBuilder().active(false).build()),
                101, complete, none, NOW)).isNull();
        assertThat(BundlePricing.bestCompletedBy(Collections.singletonList(KIT.toBuilder()
                .dates(null, new Date(NOW.getTime() - 1)).build()), 101, complete, none, NOW)).isNull();
    }

    @Test
    void aCategoryMemberTakesADistinctShownProductOfThatCategory() {
        BundleDefinition helmetDeal = BundleDefinition.builder("Bike and helmet").percentOff("5").product(101)
                .anyOfCategory(11).build();
        Map<Long, Set<Long>> categories = new LinkedHashMap<Long, Set<Long>>();
        categories.put(101L, new HashSet<Long>(Arrays.asList(10L)));
        categories.put(111L, new HashSet<Long>(Arrays.asList(11L)));

        BundlePricing.Quote quote = BundlePricing.bestCompletedBy(Collections.singletonList(helmetDeal), 101,
                prices(101, "599.00", 111, "49.99"), categories, NOW);

        assertThat(quote.productIds()).containsExactly(101L, 111L);
        assertThat(quote.saving()).isEqualByComparingTo("32.45");
    }

    @Test
    void theLargerSavingWinsWhenTwoBundlesAreComplete() {
        BundleDefinition small = BundleDefinition.builder("Lock deal").percentOff("5").product(101).product(121).build();
        List<BundleDefinition> both = Arrays.asList(small, KIT);

        BundlePricing.Quote quote = BundlePricing.bestCompletedBy(both, 101, prices(101, "599.00", 121, "69.99", 133, "54.99"),
                Collections.<Long, Set<Long>>emptyMap(), NOW);

        assertThat(quote.bundle().name()).isEqualTo("Commuter kit");
    }

    private static Map<Long, BigDecimal> prices(Object... idsAndPrices) {
        Map<Long, BigDecimal> prices = new LinkedHashMap<Long, BigDecimal>();
        for (int i = 0; i < idsAndPrices.length; i += 2) {
            prices.put(((Integer) idsAndPrices[i]).longValue(), money((String) idsAndPrices[i + 1]));
        }
        return prices;
    }
}
