package io.crosssell.tracking;

/** One thing a shopper did with a widget's item: saw it, followed it, or put it in the cart. */
public final class TrackingEvent {

    /** What happened. */
    public enum Kind { IMPRESSION, CLICK, ADD }

    private final Kind kind;
    private final String placement;
    private final Long anchorProductId;
    private final long itemProductId;
    private final long epochMillis;

    /**
     * @param placement the placement's code (fbt, cart, confirmation)
     * @param anchorProductId the product the widget was shown for, or null (cart, confirmation)
     */
    public TrackingEvent(Kind kind, String placement, Long anchorProductId, long itemProductId, long epochMillis) {
        if (kind == null || placement == null || placement.isEmpty()) {
            throw new IllegalArgumentException("An event needs a kind and a placement");
        }
        this.kind = kind;
        this.placement = placement;
        this.anchorProductId = anchorProductId;
        this.itemProductId = itemProductId;
        this.epochMillis = epochMillis;
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
}
