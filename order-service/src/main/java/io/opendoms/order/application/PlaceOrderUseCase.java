package io.opendoms.order.application;

public interface PlaceOrderUseCase {

    /**
     * Captures an order, or returns the order an earlier request with the same client and idempotency key
     * created. Throws a 422 problem naming every invalid field, or a 409 problem when the key was used for a
     * different request.
     */
    PlacedOrder place(PlaceOrderCommand command);
}
