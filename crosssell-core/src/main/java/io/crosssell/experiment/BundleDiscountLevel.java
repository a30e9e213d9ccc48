package io.crosssell.experiment;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bundle discount variant's value: which bundle, and the discount its visitors get (a percentage or an amount,
 * whichever kind the bundle has), written {@code 3:15} (bundle 3 at 15).
 */
public final class BundleDiscountLevel {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,18})\\s*:\\s*(\\d{1,7}(?:\\.\\d{1,2})?)\\s*");

    private final long bundleId;
    private final BigDecimal discount;

    public BundleDiscountLevel(long bundleId, BigDecimal discount) {
        this.bundleId = bundleId;
        this.discount = discount;
    }

    /** The level a value names, or null when it is not written as {@code bundle:discount} with a discount above 0. */
    public static BundleDiscountLevel parse(String value) {
        Matcher matcher = value == null ? null : FORMAT.matcher(value);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        BigDecimal discount = new BigDecimal(matcher.group(2));
        return discount.signum() > 0 ? new BundleDiscountLevel(Long.parseLong(matcher.group(1)), discount) : null;
    }

    /** The level a variant tests, or null when it tests no bundle discount (or its value is not one). */
    public static BundleDiscountLevel of(VariantSpec variant) {
        return variant.treatment() == Treatment.BUNDLE_DISCOUNT ? parse(variant.value()) : null;
    }

    public long bundleId() {
        return bundleId;
    }

    public BigDecimal discount() {
        return discount;
    }

    @Override
    public String toString() {
        return bundleId + ":" + discount.toPlainString();
    }
}
