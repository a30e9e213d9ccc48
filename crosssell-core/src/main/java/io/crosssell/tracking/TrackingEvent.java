package io.crosssell.tracking;

/**
 * One thing a shopper did with a widget's item: saw it, followed it, or put it in the cart. The visitor and
 * customer say who did it, so that a later order can be attributed; both may be null (an order e-mail, a test).
 */
public final class TrackingEvent {

    /** What happened. */
    public enum Kind {
        IMPRESSION('I'), CLICK('C'), ADD('A'),
        /** A visitor reached an experiment's placement (counted once per visitor and experiment, not as a counter). */
        EXPOSURE('E');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        /** The one-letter code stored with raw events. */
        public String code() {
            return String.valueOf(code);
        }

        public static Kind fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code().equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("No event kind " + code);
        }
    }

    private final Kind kind;
    private final String placement;
    private final Long anchorProductId;
    private final long itemProductId;
    private final long epochMillis;
    private final String visitorId;
    private final Long customerId;
    private final int position;
    private final long experimentId;
    private final long variantId;

    public TrackingEvent(Kind kind, String placement, Long anchorProductId, long itemProductId, long epochMillis) {
        this(kind, placement, anchorProductId, itemProductId, epochMillis, null, null);
    }

    /**
     * @param placement the placement's code (fbt, cart, confirmation, addons, bundle)
     * @param anchorProductId the product the widget was shown for, or null (cart, confirmation)
     * @param visitorId the shopper's pseudonymous visitor id (first-party cookie), or null
     * @param customerId the signed-in customer, or null
     */
    public TrackingEvent(Kind kind, String placement, Long anchorProductId, long itemProductId, long epochMillis,
            String visitorId, Long customerId) {
        this(kind, placement, anchorProductId, itemProductId, epochMillis, visitorId, customerId, 0);
    }

    /** @param position the item's place in the widget, 1 first (impressions), or 0 when it does not apply */
    public TrackingEvent(Kind kind, String placement, Long anchorProductId, long itemProductId, long epochMillis,
            String visitorId, Long customerId, int position) {
        this(kind, placement, anchorProductId, itemProductId, epochMillis, visitorId, customerId, position, 0, 0);
    }

    /**
     * @param experimentId the experiment running on the placement for this visitor, or 0
     * @param variantId the visitor's variant in it, or 0
     */
    public TrackingEvent(Kind kind, String placement, Long anchorProductId, long itemProductId, long epochMillis,
            String visitorId, Long customerId, int position, long experimentId, long variantId) {
        if (kind == null || placement == null || placement.isEmpty()) {
            throw new IllegalArgumentException("An event needs a kind and a placement");
        }
        this.kind = kind;
        this.placement = placement;
        this.anchorProductId = anchorProductId;
        this.itemProductId = itemProductId;
        this.epochMillis = epochMillis;
        this.visitorId = visitorId;
        this.customerId = customerId;
        this.position = position;
        this.experimentId = experimentId;
        this.variantId = variantId;
    }

    public Kind kind() {
        return kind;
    }

    public String placement() {
        return placement;
    }

    public Long anchorProductId() {
        return anchorProductId;
    }

    public long itemProductId() {
        return itemProductId;
    }

    public long epochMillis() {
        return epochMillis;
    }

    public String visitorId() {
        return visitorId;
    }

    public Long customerId() {
        return customerId;
    }

    public int position() {
        return position;
    }

    public long experimentId() {
        return experimentId;
    }

    public long variantId() {
        return variantId;
    }

    /** The key experiments assign by: the customer when known, else the visitor cookie. */
    public String visitorKey() {
        return customerId != null ? "c" + customerId : visitorId == null ? null : "v" + visitorId;
    }

    /** Whether the event says who did it, so it is kept as a raw event for attribution. */
    public boolean hasShopper() {
        return visitorId != null || customerId != null;
    }
}
