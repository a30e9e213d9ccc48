package io.crosssell.tracking.attribution;

/**
 * Told of each order attribution writes and of each it takes back, inside the same transaction, so what it keeps
 * is exactly as durable as the attribution. Default methods would need Java 8 interfaces in Spring 3.2's ASM; both
 * are to be implemented.
 */
public interface OrderAttributionListener {

    void attributed(AttributedOrder order);

    void cancelled(long orderId);
}
