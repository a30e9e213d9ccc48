package io.crosssell.bundle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The saving a complete bundle earns, computed the way Broadleaf's offer engine prices the offer that
 * realises it (see {@code BundleOfferSynchronizer}): a percentage comes off every unit, rounded half-even to
 * cents per unit; a fixed amount comes off the bundle's first product, at most that product's price.
 */
public final class BundlePricing {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private BundlePricing() {
    }

    /** What a shown set would earn: the bundle, the products that complete it, their price and the saving. */
    public static final class Quote {
        private final BundleDefinition bundle;
        private final List<Long> productIds;
        private final BigDecimal setPrice;
        private final BigDecimal saving;

        Quote(BundleDefinition bundle, List<Long> productIds, BigDecimal setPrice, BigDecimal saving) {
            this.bundle = bundle;
            this.productIds = Collections.unmodifiableList(productIds);
            this.setPrice = setPrice;
            this.saving = saving;
        }

        public BundleDefinition bundle() {
            return bundle;
        }

        /** The shown products that make up the set, in the bundle's member order. */
        public List<Long> productIds() {
            return productIds;
        }

        /** The set's price before the discount. */
        public BigDecimal setPrice() {
            return setPrice;
        }

        public BigDecimal saving() {
            return saving;
        }

        public BigDecimal bundlePrice() {
            return setPrice.subtract(saving);
        }
    }

    /**
     * The saving one complete set earns.
     *
     * @param memberPrices the unit price of the product filling each member, in member order
     */
    public static BigDecimal saving(BundleDefinition bundle, List<BigDecimal> memberPrices) {
        if (bundle.discountType() == BundleDiscountType.PERCENT) {
            BigDecimal saving = BigDecimal.ZERO.setScale(2);
            for (BigDecimal price : memberPrices) {
                saving = saving.add(price.multiply(bundle.discountValue()).divide(HUNDRED)
                        .setScale(2, RoundingMode.HALF_EVEN).min(price));
            }
            return saving;
        }
        BigDecimal carrierPrice = null;
        for (int i = 0; i < memberPrices.size() && carrierPrice == null; i++) {
            if (bundle.members().get(i).isProduct()) {
                carrierPrice = memberPrices.get(i);
            }
        }
        return carrierPrice == null ? BigDecimal.ZERO : bundle.discountValue().min(carrierPrice).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * The bundle in effect that the shown products complete, with the anchor among them, earning the most;
     * or null. A category member is filled by a shown product directly in that category, each product once.
     *
     * @param shownPrices the shown products (anchor included) and their unit prices
     * @param categoriesOf the categories each shown product sits directly in
     */
    public static Quote bestCompletedBy(List<BundleDefinition> bundles, long anchor, Map<Long, BigDecimal> shownPrices,
            Map<Long, Set<Long>> categoriesOf, Date now) {
        Quote best = null;
        for (BundleDefinition bundle : bundles) {
            if (!bundle.isInEffect(now)) {
                continue;
            }
            List<Long> filled = fill(bundle.members(), 0, new ArrayList<Long>(), shownPrices, categoriesOf);
            if (filled == null || !filled.contains(anchor)) {
                continue;
            }
            List<BigDecimal> prices = new ArrayList<BigDecimal>();
            BigDecimal setPrice = BigDecimal.ZERO;
            for (Long productId : filled) {
                prices.add(shownPrices.get(productId));
                setPrice = setPrice.add(shownPrices.get(productId));
            }
            Quote quote = new Quote(bundle, filled, setPrice, saving(bundle, prices));
            if (best == null || quote.saving().compareTo(best.saving()) > 0) {
                best = quote;
            }
        }
        return best;
    }

    /** Assigns a distinct shown product to each member from index on, or null if that cannot be done. */
    private static List<Long> fill(List<BundleMember> members, int index, List<Long> chosen,
            Map<Long, BigDecimal> shownPrices, Map<Long, Set<Long>> categoriesOf) {
        if (index == members.size()) {
            return new ArrayList<Long>(chosen);
        }
        BundleMember member = members.get(index);
        for (Long candidate : candidates(member, shownPrices, categoriesOf)) {
            if (!chosen.contains(candidate)) {
                chosen.add(candidate);
                List<Long> result = fill(members, index + 1, chosen, shownPrices, categoriesOf);
                chosen.remove(chosen.size() - 1);
                if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }

    private static List<Long> candidates(BundleMember member, Map<Long, BigDecimal> shownPrices,
            Map<Long, Set<Long>> categoriesOf) {
        List<Long> candidates = new ArrayList<Long>();
        if (member.isProduct()) {
            if (shownPrices.containsKey(member.productId())) {
                candidates.add(member.productId());
            }
            return candidates;
        }
        for (Long productId : new LinkedHashMap<Long, BigDecimal>(shownPrices).keySet()) {
            Set<Long> categories = categoriesOf.get(productId);
            if (categories != null && categories.contains(member.categoryId())) {
                candidates.add(productId);
            }
        }
        return candidates;
    }
}
