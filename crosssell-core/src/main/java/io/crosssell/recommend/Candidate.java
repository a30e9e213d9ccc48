package io.crosssell.recommend;

/**
 * One item a source proposes for an anchor product, before filtering. Within a tier, pinned items
 * rank by position, the others by weight (rule priority, mined score or fallback rank), highest first.
 */
public final class Candidate {

    private final long productId;
    private final Tier tier;
    private final double weight;
    private final int position;
    private final String group;
    private final int groupLimit;
    private final boolean repurchaseAllowed;
    private final boolean explicitPairing;
    private final Reason reason;

    private Candidate(long productId, Tier tier, double weight, int position, String group, int groupLimit,
            boolean repurchaseAllowed, boolean explicitPairing, Reason reason) {
        if (reason == null) {
            throw new IllegalArgumentException("A candidate needs a reason");
        }
        this.productId = productId;
        this.tier = tier;
        this.weight = weight;
        this.position = position;
        this.group = group;
        this.groupLimit = groupLimit;
        this.repurchaseAllowed = repurchaseAllowed;
        this.explicitPairing = explicitPairing;
        this.reason = reason;
    }

    /** A candidate pinned at a 1-based position ahead of every ranked item. */
    public static Candidate pinned(long productId, int position, Reason reason) {
        return new Candidate(productId, Tier.PINNED, 0, position, null, Integer.MAX_VALUE, false, false, reason);
    }

    public static Candidate ranked(long productId, Tier tier, double weight, Reason reason) {
        if (tier == Tier.PINNED) {
            throw new IllegalArgumentException("Use Candidate.pinned for pinned items");
        }
        return new Candidate(productId, tier, weight, 0, null, Integer.MAX_VALUE, false, false, reason);
    }

    /**
     * The same candidate counted in a group of which at most {@code limit} items may be shown, e.g. the
     * products one category rule expands to.
     */
    public Candidate limitedTo(String groupName, int limit) {
        return new Candidate(productId, tier, weight, position, groupName, limit, repurchaseAllowed, explicitPairing, reason);
    }

    /** The same candidate with another weight, e.g. merged from several anchors. */
    Candidate withWeight(double newWeight) {
        return new Candidate(productId, tier, newWeight, position, group, groupLimit, repurchaseAllowed, explicitPairing, reason);
    }

    /** The same candidate, recommendable again to a customer who already bought it (consumables). */
    public Candidate allowingRepurchase() {
        return new Candidate(productId, tier, weight, position, group, groupLimit, true, explicitPairing, reason);
    }

    /**
     * The same candidate as a pairing someone chose for exactly this anchor (a product-to-product rule, a
     * Broadleaf link): the catalog's fit marks do not overrule it.
     */
    public Candidate asExplicitPairing() {
        return new Candidate(productId, tier, weight, position, group, groupLimit, repurchaseAllowed, true, reason);
    }

    public long productId() {
        return productId;
    }

    public Tier tier() {
        return tier;
    }

    public double weight() {
        return weight;
    }

    public int position() {
        return position;
    }

    public String group() {
        return group;
    }

    public int groupLimit() {
        return groupLimit;
    }

    public boolean repurchaseAllowed() {
        return repurchaseAllowed;
    }

    public boolean isExplicitPairing() {
        return explicitPairing;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether this candidate ranks ahead of the other. */
    boolean ranksBefore(Candidate other) {
        if (tier != other.tier) {
            return tier.ordinal() < other.tier.ordinal();
        }
        if (tier == Tier.PINNED) {
            return position < other.position;
        }
        return weight > other.weight;
    }
}
