package io.crosssell.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import java.util.List;

import org.junit.jupiter.api.Test;

class BundleValidatorTest {

    private final Map<Long, BundleCatalog.ProductFacts> products = new HashMap<Long, BundleCatalog.ProductFacts>();
    private final BundleValidator validator = new BundleValidator(new BundleCatalog() {
        @Override
        public ProductFacts product(long productId) {
            return products.get(productId);
        }

        @Override
        public String categoryName(long categoryId) {
            return categoryId == 11 ? "Helmets" : null;
        }
    });

    BundleValidatorTest() {
        products.put(101L, new BundleCatalog.ProductFacts("Metro Commuter Bike", true, true, new BigDecimal("599.00")));
        products.put(121L, new BundleCatalog.ProductFacts("Heavy U-Lock", true, true, new BigDecimal("69.99")));
        products.put(133L, new BundleCatalog.ProductFacts("Commuter Light Set", true, true, new BigDecimal("54.99")));
        products.put(111L, new BundleCatalog.ProductFacts("Urban Shell Helmet", true, true, new BigDecimal("49.99")));
        products.put(164L, new BundleCatalog.ProductFacts("Inner Tube 700c", true, true, new BigDecimal("7.99")));
        products.put(106L, new BundleCatalog.ProductFacts("Vintage Roadster", false, true, new BigDecimal("499.00")));
        products.put(140L, new BundleCatalog.ProductFacts("Gift Card", true, false, new BigDecimal("50.00")));
    }

    private static BundleDefinition.Builder commuterKit() {
        return BundleDefinition.builder("Commuter kit").percentOff("10").product(101).product(121).product(133);
    }

    @Test
    void acceptsAValidPercentageBundle() {
        assertThat(validator.problems(commuterKit().build())).isEmpty();
    }

    @Test
    void acceptsAProductWithAnyProductOfACategory() {
        assertThat(validator.problems(BundleDefinition.builder("Bike and helmet").amountOff("25").product(101)
                .anyOfCategory(11).build())).isEmpty();
    }

    @Test
    void refusesFewerThanTwoOrMoreThanFiveItems() {
        assertThat(validator.problems(BundleDefinition.builder("Alone").percentOff("10").product(101).build()))
                .containsExactly("A bundle has 2 to 5 items; this one has 1. Save it inactive while you add its items.");
        assertThat(validator.problems(commuterKit().product(111).product(164).anyOfCategory(11).build()))
                .containsExactly("A bundle has 2 to 5 items; this one has 6.");
    }

    @Test
    void acceptsAnInactiveDraftWithFewerThanTwoItemsButNotMoreThanFive() {
        assertThat(validator.problems(BundleDefinition.builder("Draft").percentOff("10").active(false).build())).isEmpty();
        assertThat(validator.problems(BundleDefinition.builder("Draft").percentOff("10").anyOfCategory(11).active(false)
                .build())).isEmpty();
        assertThat(validator.problems(commuterKit().product(111).product(164).anyOfCategory(11).active(false).build()))
                .containsExactly("A bundle has 2 to 5 items; this one has 6.");
    }

    @Test
    void namesTheFieldOfEachProblem() {
        List<BundleValidator.Problem> problems = validator.problemsAt(BundleDefinition.builder("").percentOff("100")
                .product(101).dates(new Date(2000), new Date(1000)).build());
        List<String> fields = new java.util.ArrayList<String>();
        for (BundleValidator.Problem problem : problems) {
            fields.add(problem.field());
        }
        assertThat(fields).containsExactly("name", "items", "discountValue", "endDate");
    }

    @Test
    void refusesADuplicateItem() {
        assertThat(validator.problems(commuterKit().product(121).build()))
                .containsExactly("The bundle lists Heavy U-Lock twice.");
    }

    @Test
    void refusesInactiveUnknownOrUndiscountableProductsAndUnknownCategories() {
        assertThat(validator.problems(BundleDefinition.builder("Odd").percentOff("10").product(106).product(999)
                .product(140).anyOfCategory(77).build())).containsExactly(
                "Vintage Roadster is not active; a bundle may only hold products shoppers can buy.",
                "There is no product 999.",
                "Gift Card is marked as not discountable, so no discount could apply to it.",
                "There is no category 77.");
    }

    @Test
    void refusesDiscountsOfZeroOrLessAHundredPercentOrMoreAndAmountsAboveTheCarryingProduct() {
        assertThat(validator.problems(commuterKit().percentOff("0").build())).containsExactly("The discount must be more than 0.");
        assertThat(validator.problems(commuterKit().percentOff("-5").build())).containsExactly("The discount must be more than 0.");
        assertThat(validator.problems(commuterKit().percentOff("100").build()))
                .containsExactly("A percentage discount must be less than 100 %.");
        assertThat(validator.problems(commuterKit().amountOff("599.00").build())).containsExactly(
                "An amount off must be less than the price of the bundle's first product (Metro Commuter Bike, 599.00).");
        assertThat(validator.problems(commuterKit().amountOff("1.005").build()))
                .containsExactly("The discount may have at most 2 decimals.");
        assertThat(validator.problems(commuterKit().discount(null, null).build()))
                .containsExactly("Choose a percentage or an amount off.");
    }

    @Test
    void refusesAnEndDateBeforeItsStart() {
        Date start = new Date(2_000_000_000_000L);
        assertThat(validator.problems(commuterKit().dates(start, new Date(start.getTime() - 1)).build()))
                .containsExactly("The end date must be after the start date.");
        assertThat(validator.problems(commuterKit().dates(start, start).build()))
                .containsExactly("The end date must be after the start date.");
    }

    @Test
    void refusesABlankOrMarkupName() {
        assertThat(validator.problems(commuterKit().name("  ").build())).containsExactly("A bundle needs a name.");
        assertThat(validator.problems(commuterKit().name("<b>Kit</b>").build()))
                .containsExactly("The name may not contain < > or control characters.");
    }

    @Test
    void refusesCategoriesAlone() {
        assertThat(validator.problems(BundleDefinition.builder("Helmets").percentOff("5").anyOfCategory(11).anyOfCategory(11).build()))
                .contains("A bundle needs at least one product; categories alone make a category promotion.");
    }

    @Test
    void checkThrowsWithEveryProblem() {
        assertThatThrownBy(() -> validator.check(BundleDefinition.builder("").percentOff("150").product(101).build()))
                .isInstanceOf(BundleValidationException.class)
                .satisfies(e -> assertThat(((BundleValidationException) e).problems()).hasSize(3));
    }
}
