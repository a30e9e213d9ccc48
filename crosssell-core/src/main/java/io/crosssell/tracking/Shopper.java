package io.crosssell.tracking;

/** Who did something: a pseudonymous visitor id (first-party cookie) and, when signed in, the customer. */
public final class Shopper {

    /** Nobody known: events are counted but not kept for attribution. */
    public static final Shopper ANONYMOUS = new Shopper(null, null);

    private final String visitorId;
    private final Long customerId;

    public Shopper(String visitorId, Long customerId) {
        this.visitorId = visitorId;
        this.customerId = customerId;
    }

    public String visitorId() {
        return visitorId;
    }

    public Long customerId() {
        return customerId;
    }
}
