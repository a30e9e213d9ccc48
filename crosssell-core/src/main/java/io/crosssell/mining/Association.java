package io.crosssell.mining;

import java.util.Locale;
import java.util.Objects;

/**
 * A product frequently bought together with an anchor product, with the statistics that qualified it.
 */
public final class Association {

    private final long productId;
    private final double pairCount;
    private final double support;
    private final double confidence;
    private final double lift;
    private final boolean weighted;

    Association(long productId, double pairCount, double support, double confidence, double lift,
            boolean weighted) {
        this.productId = productId;
        this.pairCount = pairCount;
        this.support = support;
        this.confidence = confidence;
        this.lift = lift;
        this.weighted = weighted;
    }

    /** The partner product. */
    public long productId() {
        return productId;
    }

    /** The (weighted) number of orders holding both products. */
    public double pairCount() {
        return pairCount;
    }

    /** The share of all orders holding both products. */
    public double support() {
        return support;
    }

    /** The share of the anchor's orders that also hold the partner. */
    public double confidence() {
        return confidence;
    }

    /** How many times more often the two are bought together than if bought independently. */
    public double lift() {
        return lift;
    }

    /**
     * The ranking score by {@link AssociationScoring#DEFAULT}, {@code lift * confidence}: lift says the
     * pair is no coincidence, confidence that a shopper of the anchor will likely want the partner, so a
     * high-lift partner bought by few of the anchor's shoppers ranks below a solid, common complement.
     * Support needs no term of its own; {@link MiningThresholds#minPairCount()} already keeps out pairs
     * seen too rarely to trust.
     */
    public double score() {
        return AssociationScoring.DEFAULT.score(this);
    }

    /**
     * A short reason for merchandisers, e.g. "bought together in 37 orders, lift 4.2"; decayed
     * (weighted) counts show one decimal.
     */
    public String describe() {
        String orders;
        if (weighted) {
            orders = String.format(Locale.ROOT, "%.1f orders", pairCount);
        } else {
            long whole = Math.round(pairCount);
            orders = whole + (whole == 1 ? " order" : " orders");
        }
        return String.format(Locale.ROOT, "bought together in %s, lift %.1f", orders, lift);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Association)) {
            return false;
        }
        Association that = (Association) other;
        return productId == that.productId
                && Double.compare(pairCount, that.pairCount) == 0
                && Double.compare(support, that.support) == 0
                && Double.compare(confidence, that.confidence) == 0
                && Double.compare(lift, that.lift) == 0
                && weighted == that.weighted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, pairCount, support, confidence, lift, weighted);
    }

    @Override
    public String toString() {
        return "Association{productId=" + productId + ", pairCount=" + pairCount + ", support=" + support
                + ", confidence=" + confidence + ", lift=" + lift + ", score=" + score() + '}';
    }
}
