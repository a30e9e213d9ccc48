package io.crosssell.rule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleValidatorTest {

    private final Map<Long, String> products = new HashMap<Long, String>();
    private final Map<Long, String> categories = new HashMap<Long, String>();
    private final Map<Long, Long> parents = new HashMap<Long, Long>();
    private final List<RuleValidator.Input> saved = new ArrayList<RuleValidator.Input>();
    private final RuleValidator validator = new RuleValidator(new RuleValidator.Facts() {
        @Override
        public String productName(long productId) {
            return products.get(productId);
        }

        @Override
        public boolean isProductActive(long productId) {
            return productId != 106;
        }

        @Override
        public String categoryName(long categoryId) {
            return categories.get(categoryId);
        }

        @Override
        public Long parentCategoryOf(long categoryId) {
            return parents.get(categoryId);
        }

        @Override
        public List<RuleValidator.Input> savedRules() {
            return saved;
        }
    }, new HashSet<String>(Arrays.asList("FREQUENTLY_BOUGHT_TOGETHER", "CART_CROSS_SELL")));

    RuleValidatorTest() {
        products.put(101L, "Metro Commuter Bike");
        products.put(111L, "Urban Shell Helmet");
        products.put(106L, "Vintage Roadster");
        categories.put(2L, "Shop");
        categories.put(10L, "Bikes");
        categories.put(11L, "Helmets");
        parents.put(10L, 2L);
        parents.put(11L, 2L);
    }

    private static RuleValidator.Input bikeToHelmet() {
        return RuleValidator.Input.named("Bike -> helmet").type("FREQUENTLY_BOUGHT_TOGETHER").source(101L, null)
                .target(111L, null).priority(10);
    }

    @Test
    void acceptsAValidRule() {
        RuleValidator.Result result = validator.check(bikeToHelmet());
        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void thousandsOfDuplicateRowsGetOneDuplicateErrorEachNotOnePerPair() {
        List<RuleValidator.Input> rows = new ArrayList<RuleValidator.Input>();
        for (long row = 2; row < 2_002; row++) {
            rows.add(bikeToHelmet().id(-row));
        }
        saved.addAll(rows);

        int errors = 0;
        for (RuleValidator.Input row : rows) {
            List<String> found = validator.check(row).errors();
            assertThat(found).hasSize(1);
            errors += found.size();
        }

        assertThat(errors).isEqualTo(2_000);
        assertThat(validator.check(rows.get(0)).errors()).containsExactly("Row 3 (Bike -> helmet) already links this source to this target.");
        assertThat(validator.check(rows.get(5)).errors()).containsExactly("Row 2 (Bike -> helmet) already links this source to this target.");
    }

    @Test
    void refusesMarkupInTheNameAndThePromotionMessage() {
        assertThat(validator.check(RuleValidator.Input.named("</textarea><img src=x onerror=alert(1)>")
                .type("FREQUENTLY_BOUGHT_TOGETHER").source(101L, null).target(111L, null).priority(10)).errorFields())
                .containsExactly("name");
        assertThat(validator.check(bikeToHelmet().message("Add a <b>light</b>")).errorFields()).containsExactly("promotionMessage");
        assertThat(validator.check(bikeToHelmet().message("Ride safe -> add a helmet\nand a light")).isValid()).isTrue();
    }

    @Test
    void refusesAProductOrCategoryLinkedToItself() {
        assertThat(validator.check(bikeToHelmet().target(101L, null)).errors())
                .containsExactly("A rule may not link a product to itself.");
        assertThat(validator.check(bikeToHelmet().source(null, 10L).target(null, 10L)).errors())
                .containsExactly("A rule may not link a category to itself.");
    }

    @Test
    void refusesSourcesAndTargetsOfTheWrongKind() {
        assertThat(validator.check(bikeToHelmet().source(101L, 10L)).errors())
                .containsExactly("Choose a source: one product or one category.");
        assertThat(validator.check(bikeToHelmet().target(null, null)).errors())
                .containsExactly("Choose a target: one product or one category.");
        assertThat(validator.check(bikeToHelmet().target(999L, null)).errors())
                .containsExactly("There is no product 999 (target).");
        assertThat(validator.check(bikeToHelmet().type("SIDEBAR")).errors())
                .containsExactly("Choose the rule's type (FREQUENTLY_BOUGHT_TOGETHER, CART_CROSS_SELL).");
    }

    @Test
    void refusesOutOfRangeNumbersAndAnEndBeforeTheStart() {
        Date start = new Date(2_000_000_000_000L);
        assertThat(validator.check(bikeToHelmet().priority(-1).position(0).maxItems(11)
                .dates(start, new Date(start.getTime() - 1))).errors()).containsExactly(
                "Priority must be between 0 and 1000.",
                "A pinned position must be between 1 and 10.",
                "Most items must be between 1 and 10.",
                "The end date must be after the start date.");
    }

    @Test
    void refusesTheRetiredAddOnTypeSayingWhereAddOnsAreSetNow() {
        RuleValidator.Result result = validator.check(bikeToHelmet().type("ADD_ON"));

        assertThat(result.errors()).containsExactly(RuleValidator.RETIRED_TYPES.get("ADD_ON"));
        assertThat(result.errorFields()).containsExactly("ruleType");
        assertThat(result.errors().get(0)).contains("Checkout Add-ons");
    }

    @Test
    void refusesADuplicateButNotTheRuleItself() {
        saved.add(bikeToHelmet().id(7L));

        assertThat(validator.check(bikeToHelmet()).errors())
                .containsExactly("Rule 7 (Bike -> helmet) already links this source to this target.");
        assertThat(validator.check(bikeToHelmet().id(7L).priority(20)).isValid()).isTrue();
        assertThat(validator.check(bikeToHelmet().type("CART_CROSS_SELL")).isValid()).isTrue();
    }

    @Test
    void warnsOfAnInactiveTargetButSavesIt() {
        RuleValidator.Result result = validator.check(bikeToHelmet().target(106L, null));

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).containsExactly(
                "Vintage Roadster is not active: shoppers will not see this rule's target until it is.");
    }

    @Test
    void refusesACategoryRuleThroughALoopInTheCategoryTree() {
        parents.put(2L, 10L);

        assertThat(validator.check(bikeToHelmet().source(null, 10L)).errors()).containsExactly(
                "The category tree has a loop (Bikes → Shop → Bikes); category rules would inherit through it forever.");
    }
}
