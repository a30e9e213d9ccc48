package io.crosssell.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AddOnPricingTest {

    private static BigDecimal price(AddOnPriceMode mode, String amount, String bands, String base, int digits) {
        return AddOnPricing.unitPrice(mode, amount == null ? null : new BigDecimal(amount), bands, new BigDecimal(base), digits);
    }

    @Test
    void fixedPriceIsTheAmount() {
        assertThat(price(AddOnPriceMode.FIXED, "4.99", null, "0", 2)).isEqualByComparingTo("4.99");
    }

    @Test
    void percentageIsRoundedHalfUpToTheCurrencysMinorUnit() {
        assertThat(price(AddOnPriceMode.PERCENT, "8", null, "599.00", 2)).isEqualByComparingTo("47.92");
        assertThat(price(AddOnPriceMode.PERCENT, "10", null, "54.95", 2)).isEqualByComparingTo("5.50");
        assertThat(price(AddOnPriceMode.PERCENT, "8", null, "599", 0)).isEqualByComparingTo("48");
    }

    @Test
    void bandsPriceByTheBandTheBaseFallsIn() {
        String bands = "0:49.00|500:79.00|1000:119.00";
        assertThat(price(AddOnPriceMode.BANDS, null, bands, "109.00", 2)).isEqualByComparingTo("49.00");
        assertThat(price(AddOnPriceMode.BANDS, null, bands, "499.99", 2)).isEqualByComparingTo("49.00");
        assertThat(price(AddOnPriceMode.BANDS, null, bands, "500.00", 2)).isEqualByComparingTo("79.00");
        assertThat(price(AddOnPriceMode.BANDS, null, bands, "1199.00", 2)).isEqualByComparingTo("119.00");
    }

    @Test
    void malformedBandsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> PriceBands.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> PriceBands.parse("10:5.00")).hasMessage("The first price band must start at 0.");
        assertThatThrownBy(() -> PriceBands.parse("0:5|500:4|400:3")).hasMessageContaining("rising");
        assertThatThrownBy(() -> PriceBands.parse("0:5|abc:4")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> PriceBands.parse("0:-5")).hasMessageContaining("negative");
        assertThatThrownBy(() -> PriceBands.parse("0=5")).hasMessageContaining("not from:price");
    }

    @Test
    void giftMessagesArePlainTextOfLimitedLength() {
        assertThat(GiftMessages.problem("", 10)).isNull();
        assertThat(GiftMessages.problem("Happy birthday!\nLove, Sam", 40)).isNull();
        assertThat(GiftMessages.problem("12345678901", 10)).isEqualTo("The gift message is longer than 10 characters.");
        assertThat(GiftMessages.problem("<b>hi</b>", 40)).isEqualTo("The gift message may not contain HTML tags or comments.");
        assertThat(GiftMessages.problem("hi</b>", 40)).isNotNull();
        assertThat(GiftMessages.problem("<!-- x", 40)).isNotNull();
        assertThat(GiftMessages.problem("Love you <3 -> always > ever, 1 < 2 <", 60)).isNull();
        assertThat(GiftMessages.problem("bell\u0007", 40)).isEqualTo("The gift message may not contain control characters.");
    }
}
