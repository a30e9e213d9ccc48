package io.crosssell.addon;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Works out an add-on's unit price; everything a shopper pays for an add-on comes from here. */
public final class AddOnPricing {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private AddOnPricing() {
    }

    /**
     * @param base the covered item's unit price (warranty), the order's merchandise total (express delivery)
     *        or zero (gift wrap)
     * @param fractionDigits the currency's minor unit digits; the price is rounded half-up to them
     */
    public static BigDecimal unitPrice(AddOnPriceMode mode, BigDecimal amount, String bands, BigDecimal base,
            int fractionDigits) {
        BigDecimal price;
        switch (mode) {
            case FIXED:
                price = amount;
                break;
            case PERCENT:
                price = base.multiply(amount).divide(HUNDRED);
                break;
            case BANDS:
                price = PriceBands.parse(bands).priceFor(base);
                break;
            default:
                throw new IllegalArgumentException("Unknown price mode " + mode);
        }
        return price.setScale(Math.max(fractionDigits, 0), RoundingMode.HALF_UP);
    }
}
