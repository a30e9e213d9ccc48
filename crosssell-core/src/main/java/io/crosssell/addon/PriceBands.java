package io.crosssell.addon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Price bands written as {@code from:price|from:price…}, e.g. {@code 0:49.00|500:79.00|1000:0}: a base
 * from 0 up to 500 costs 49.00, from 500 up to 1000 costs 79.00, from 1000 on it is free. The first band
 * starts at 0 and the starts rise strictly, so every base has exactly one band.
 */
public final class PriceBands {

    private final List<BigDecimal> starts;
    private final List<BigDecimal> prices;

    private PriceBands(List<BigDecimal> starts, List<BigDecimal> prices) {
        this.starts = Collections.unmodifiableList(starts);
        this.prices = Collections.unmodifiableList(prices);
    }

    /** @throws IllegalArgumentException with a message for merchandisers, if the text is not valid bands */
    public static PriceBands parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("Price bands are empty; write them as from:price|from:price, e.g. 0:49.00|500:79.00.");
        }
        List<BigDecimal> starts = new ArrayList<BigDecimal>();
        List<BigDecimal> prices = new ArrayList<BigDecimal>();
        for (String band : text.trim().split("\\|")) {
            String[] parts = band.trim().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Price band \"" + band.trim() + "\" is not from:price.");
            }
            BigDecimal start = number(parts[0], band);
            BigDecimal price = number(parts[1], band);
            if (start.signum() < 0 || price.signum() < 0) {
                throw new IllegalArgumentException("Price band \"" + band.trim() + "\" has a negative number.");
            }
            if (starts.isEmpty() ? start.signum() != 0 : start.compareTo(starts.get(starts.size() - 1)) <= 0) {
                throw new IllegalArgumentException(starts.isEmpty() ? "The first price band must start at 0."
                        : "Price bands must start at rising amounts (\"" + band.trim() + "\").");
            }
            starts.add(start);
            prices.add(price);
        }
        return new PriceBands(starts, prices);
    }

    private static BigDecimal number(String text, String band) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Price band \"" + band.trim() + "\" has \"" + text.trim() + "\", not a number.");
        }
    }

    /** The price of the band the base falls in. */
    public BigDecimal priceFor(BigDecimal base) {
        BigDecimal price = prices.get(0);
        for (int i = 0; i < starts.size() && base.compareTo(starts.get(i)) >= 0; i++) {
            price = prices.get(i);
        }
        return price;
    }
}
