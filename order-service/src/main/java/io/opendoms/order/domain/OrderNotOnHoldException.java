package io.opendoms.order.domain;

import java.util.UUID;

/** Only an order on hold can be released. */
public class OrderNotOnHoldException extends RuntimeException {

    private final UUID orderId;
    private final OrderStatus status;

    public OrderNotOnHoldException(UUID orderId, OrderStatus status) {
        super("Order " + orderId + " is " + status + ", not ON_HOLD: there is nothing to release");
        this.orderId = orderId;
        this.status = status;
    }

    public UUID orderId() {
        return orderId;
    }

    public OrderStatus status() {
        return status;
    }
}
