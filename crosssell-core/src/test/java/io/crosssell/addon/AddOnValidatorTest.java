package io.crosssell.addon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AddOnValidatorTest {

    @Test
    void acceptsTheDemoAddOns() {
        assertThat(AddOnValidator.problems("Gift wrap", AddOnKind.GIFT_WRAP, AddOnPriceMode.FIXED, new BigDecimal("4.99"),
                null, 150, true)).isEmpty();
        assertThat(AddOnValidator.problems("2-year warranty", AddOnKind.WARRANTY, AddOnPriceMode.PERCENT, new BigDecimal("8"),
                null, 0, true)).isEmpty();
        assertThat(AddOnValidator.problems("Express", AddOnKind.EXPRESS_DELIVERY, AddOnPriceMode.BANDS, null,
                "0:14.99|500:9.99|1000:0", 0, true)).isEmpty();
    }

    @Test
    void refusesBadSettingsWithEveryReason() {
        assertThat(AddOnValidator.problems(" ", null, AddOnPriceMode.PERCENT, new BigDecimal("150"), null, 0, false))
                .containsExactly("An add-on needs a name.",
                        "Choose what the add-on is: gift wrap, warranty or express delivery.",
                        "Choose the service SKU the add-on's cart line is made of.",
                        "A percentage must be more than 0 and at most 100.");
        assertThat(AddOnValidator.problems("Express", AddOnKind.EXPRESS_DELIVERY, AddOnPriceMode.BANDS, null, "0:5|abc:4", 0, true))
                .containsExactly("Price band \"abc:4\" has \"abc\", not a number.");
        assertThat(AddOnValidator.problems("Wrap", AddOnKind.GIFT_WRAP, AddOnPriceMode.FIXED, new BigDecimal("-1"), null, 300, true))
                .containsExactly("The price must be 0 or more.", "The longest gift message must be between 0 and 255 characters.");
        assertThat(AddOnValidator.problems("Wrap", AddOnKind.GIFT_WRAP, AddOnPriceMode.PERCENT, new BigDecimal("5"), null, 100, true))
                .containsExactly("Gift wrap is priced per wrap: a fixed price.");
        assertThat(AddOnValidator.problems("<b>Wrap</b>", AddOnKind.GIFT_WRAP, AddOnPriceMode.FIXED, new BigDecimal("4.999"), null, 100, true))
                .hasSize(2);
    }
}
